# calls with *args and **kwargs in every position, and functions collecting them
def show(*args, **kwargs):
    return str(args) + " " + str(sorted(kwargs.items()))
print(show())
print(show(1, 2))
print(show(a=1))
t = (1, 2, 3)
d = {"x": 10, "y": 20}
print(show(*t))
print(show(**d))
print(show(0, *t, 4, **d))
print(show(*t, z=5, **d))
print(show(*[], **{}))
print(show(*"ab", *range(2), k=1, **{"m": 2}))
def fixed(a, b, c=0):
    return a + b + c
print(fixed(*[1, 2]), fixed(1, *[2, 3]), fixed(**{"a": 1, "b": 2}), fixed(1, **{"c": 5, "b": 1}))
class K:
    def m(self, *a, **k):
        return (len(a), sorted(k))
    def n(self, x, y):
        return x - y
o = K()
print(o.m(*t), o.m(**d), o.m(1, *t, q=2, **d), o.n(*(5, 3)), o.n(**{"y": 1, "x": 4}))
args = [3, 1]
print(max(*args), min(*args, 2), print(*["a", "b"], sep="-"))
print("{}-{}".format(*"xy"), dict(**d, w=0) == {"x": 10, "y": 20, "w": 0})
def kwonly(*, key, value=None):
    return key, value
print(kwonly(key=1), kwonly(**{"key": 2, "value": 3}))
try:
    kwonly(1)
except TypeError as e:
    print("TypeError", e)
try:
    fixed(1, 2, a=3)
except TypeError as e:
    print("TypeError", e)
try:
    fixed(1, 2, zz=3)
except TypeError as e:
    print("TypeError", e)
def fwd(*a, **k):
    return show(*a, **k)
print(fwd(1, b=2))
