# chained comparisons (each operand evaluated once), short-circuit and/or values, conditional expressions
def v(x):
    print("eval", x)
    return x
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1 > 0, 1 == 1 != 2, 1 < 2 > 1)
print(v(1) < v(2) < v(3))
print(v(3) < v(2) < v(1))
print(v(1) < v(5) > v(4) == v(4))
x = 5
print(0 <= x < 10, 0 <= x < 5, x in [5] in [[5]], 2 < x <= 5 != 6)
print(v(0) and v(1), v(1) and v(2), v(0) or v(3), v(4) or v(5))
print(None or 0 or "" or [], 1 and 2 and 3, [] and 1, "a" or "b")
a = 0
b = 7
r = a or b
s = a and b
t = b and a or "fallback"
print(r, s, t)
print("big" if x > 3 else "small", "neg" if x < 0 else "zero" if x == 0 else "pos")
y = None
z = y is None and "was None" or "not None"
print(z)
def check(n):
    if n > 0 and n % 2 == 0 or n == -1:
        return "A"
    elif not n or n > 100:
        return "B"
    return "C"
print([check(n) for n in [4, 3, -1, 0, 200, -5]])
i = 0
while i < 10 and i * i < 20:
    i += 1
print(i)
print(1 is 1, "a" is not None, not 1 == 2, not (1 < 2 < 3), (1 < 2) < 3)
w = [1, 2, 3]
print(2 in w and 4 not in w, 1 < len(w) <= 3, w[0] < w[1] < w[2])
