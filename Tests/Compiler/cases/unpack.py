first, *rest = [1, 2, 3]
*init, last = "abc"
a, *b, c = range(10)
[x, [y, *z]] = 1, (2, 3, 4)
for p, *q in [(1, 2, 3)]:
    print(p, q)
s = {v * 2 for v in rest if v}
print(first, rest, init, last, a, b, c, x, y, z, s)
print(*rest, *init, **{}, sep="-")
if (n := len(rest)) > 1:
    print(n)
while (m := n - 1) > 5:
    pass
print([y := i * 2 for i in range(3)], y)
def f(data):
    return [t for v in data if (t := v + 1)], t
print(f([1, 2]), a[1:2, ::3] if False else 0)
