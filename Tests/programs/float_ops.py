# Float arithmetic, mixed int/float, rounding, conversions
a = 7.5
b = 2.0
c = -3.25
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** b)
print(c // b, c % b, a // c, a % c, -a, +c, abs(c))
print(a + 1, 1 + a, a * 2, 3 - b, 10 / 4, 9 // 2.0, 2 ** 0.5, 2 ** -1)
print(a < b, a > b, a == 7.5, a != b, a <= 7.5, b >= 3, 2 == 2.0, 3 < 3.5)
print(divmod(a, b), divmod(c, b), divmod(7, 2.5))
print(round(2.5), round(3.5), round(-2.5), round(2.675, 2), round(1.23456, 3), round(7.0))
print(int(a), int(c), int(-0.9), int(1e10))
print(type(round(2.5)), type(round(2.5, 1)))
print(float.__name__, (2.5).__class__.__name__)
x = 1.0
x += 0.5
x *= 3
x -= 1
x /= 2
x //= 0.5
x **= 2
x %= 7
print(x)
s = 0.0
for i in range(10):
    s += 0.1
print(s, s == 1.0, abs(s - 1.0) < 1e-9)
print(min(1.5, 2, -0.5), max(1, 2.5), sum([0.5, 0.25, 0.125]))
print(3.0 * 1e-3, 1e16 + 1, 2.0 ** 60, 1 / 7)
print(pow(2.0, 3), pow(4, 0.5), pow(-8.0, 2))
print(hash(1.0) == hash(1), 1.0 in [1], {1.0: "a"}[1])
try:
    print(1.0 / 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    print(5.0 % 0.0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
