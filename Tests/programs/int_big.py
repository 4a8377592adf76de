# Arbitrary-precision ints: growth from small ints, mixed ops, printing, conversions
a = 2 ** 64
b = 3 ** 50
print(a, b)
print(a + b, a - b, b - a, a * b)
print(b // a, b % a, -b // a, -b % a, b // -a, b % -a)
print(divmod(b, 12345678901), divmod(-b, 12345678901))
print(a >> 3, a << 70, (a - 1) & 0xffff0000ffff, a | 1, a ^ (a - 1))
print(-a >> 5, ~a, -(a), +b, abs(-b))
print(a == 18446744073709551616, a != b, a < b, b > a, a <= a, a >= b)
print(a == 2.0 ** 64, a < 1e30, float(a), float(b))
x = 1
for i in range(30):
    x = x * 7 + i
print(x)
print(x % 1000000007, pow(x, 3, 1000000007))
f = 1
for i in range(1, 41):
    f *= i
print("40! =", f)
print(len(str(f)), str(f)[:10])
print(hex(a), oct(b), bin(a + 5))
print(int("123456789012345678901234567890"), int("-ffffffffffffffffffff", 16))
print(int("1" * 40, 2))
m = 0x7fffffff
print(m + 1, m * m, -m - 2, (m + 1) // 2)
n = 0x3fffffffffffffff
print(n + 1, n * 2, -n - 1, -n - 2, n + n)
print(2 ** 100 // 2 ** 99, 2 ** 100 - 2 ** 100, (2 ** 100) ** 2)
print(int(1e20), int(-1.5e19), int(2.0 ** 70))
big = 10 ** 30
print(big.to_bytes(13, "big"), int.from_bytes(b"\x01\x00\x00\x00\x00\x00\x00\x00\x00", "little"))
print(int.from_bytes(b"\xff\xff", "big"), (1234).to_bytes(4, "little"))
print(hash(5) == 5, -a < 0, bool(a - a))
