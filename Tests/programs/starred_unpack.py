# unpacking: sequences, starred targets, nested targets, starred in literals and calls
a, b, c = [1, 2, 3]
print(a, b, c)
first, *rest = range(5)
print(first, rest)
*init, last = "hello"
print(init, last)
head, *mid, tail = (1, 2, 3, 4, 5, 6)
print(head, mid, tail)
x, *y = [1]
print(x, y)
(p, q), [r, s] = (1, 2), (3, 4)
print(p, q, r, s)
for i, (k, v) in enumerate({"a": 1, "b": 2}.items()):
    print(i, k, v)
print(list(range(3)) + list("ab") + [9], tuple([1, 2]) + (3,))
def f(*args):
    return args
print(f(*[1, 2], *(3,), 4))
a, b = b, a
print(a, b)
a, b, c = c, a, b
print(a, b, c)
try:
    u, v = [1, 2, 3]
except ValueError as e:
    print("ValueError", e)
try:
    u, v, w = [1, 2]
except ValueError as e:
    print("ValueError", e)
try:
    u, v, *w = [1]
except ValueError as e:
    print("ValueError", e)
m, n = "xy"
print(m, n)
d = {}
d["k1"], d["k2"] = 10, 20
print(d)
class O:
    pass
o = O()
o.a, o.b = "A", "B"
print(o.a, o.b)
lst = [0, 0, 0]
lst[0], lst[2] = 5, 7
print(lst)
i, lst[i] = 1, "set"
print(lst)
*stars, = [1, 2]
print(stars)
big = list(range(12))
n0, n1, n2, n3, n4, n5, n6, n7, n8, n9, n10, n11 = big
print(n0 + n11, n5 * n6)
