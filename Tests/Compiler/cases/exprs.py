a = 10
b = 3
print(a + b, a - b, a * b, a // b, a % b, a ** 2, a / b)
print(a << 2, a >> 1, a & b, a | b, a ^ b, ~a, -a, +a)
print(a < b, a <= b, a == b, a != b, a > b, a >= b)
print(1 < a < 20, a is None, a is not None, b in [1, 2, 3], b not in (4, 5))
print(not a, a and b, a or b, a if b else 0)
print(2 + 3 * 4, (1 + 2) * 3, 7 // 2, -7 % 3, 2 ** 10, 1 + a + 2)
x = 100000
y = 1000000000000
print(x, y, 0x7f, 0o17, 0b101, 1_000)
