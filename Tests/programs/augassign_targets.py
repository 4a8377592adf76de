# augmented assignment to names, globals, cells, subscripts and attributes; target evaluated once
def key(k):
    print("key", k)
    return k
def obj(o):
    print("obj")
    return o
d = {"a": 1}
d[key("a")] += 10
print(d)
l = [1, 2, 3]
l[key(0)] *= 5
l[-1] -= 1
print(l)
class P:
    def __init__(self):
        self.v = 1
p = P()
obj(p).v += 41
p.v //= 4
p.v **= 2
print(p.v)
g = 3
def bump():
    global g
    g += 1
    g <<= 1
bump()
print(g)
def closure():
    c = 1
    def inner():
        nonlocal c
        c *= 10
        c += 1
    inner()
    inner()
    return c
print(closure())
nested = {"k": [0, {"z": 5}]}
nested["k"][1]["z"] -= 2
nested["k"][0] |= 6
print(nested)
s = "a"
s += "b"
s *= 3
print(s)
t = (1,)
t += (2,)
print(t)
lst = [1]
alias = lst
lst += [2]
print(alias, alias is lst)
tup = (1,)
alias2 = tup
tup += (2,)
print(alias2, alias2 is tup)
m = [[0, 0], [0, 0]]
for i in range(2):
    for j in range(2):
        m[i][j] += i * 2 + j
print(m)
class Counter:
    n = 0
Counter.n += 1
Counter.n += 1
print(Counter.n)
f = 1.5
f **= 2
f %= 2
print(f)
