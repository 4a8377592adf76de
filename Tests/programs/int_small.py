# Small ints: every binary and unary operator, with variables so nothing is constant-folded
a = 17
b = 5
c = -7
print(a + b, a - b, a * b, a // b, a % b, a ** b, a / b)
print(c // b, c % b, a // c, a % c, c // c, -a // -b, -a % -b)
print(a << b, a >> 2, c >> 1, c << 3)
print(a & b, a | b, a ^ b, a & c, a | c, a ^ c)
print(-a, +a, ~a, ~c, -c, not a, not 0)
print(a < b, a > b, a == b, a <= b, a >= b, a != b)
print(a < a, a <= a, a >= a, b == 5, b != 5)
print(divmod(a, b), divmod(c, b), divmod(a, c), divmod(-a, -b))
print(pow(a, b), pow(a, b, 7), pow(3, 0), pow(c, 3), pow(2, -1))
print(abs(c), abs(a), abs(0))
print(b ** 0, 0 ** 0, 1 ** 100, (-1) ** 3, 2 ** 10)
x = 10
x += 3
print(x)
x -= 20
print(x)
x *= -4
print(x)
x //= 3
print(x)
x %= 5
print(x)
x **= 3
print(x)
x <<= 4
print(x)
x >>= 2
print(x)
x |= 0x100
print(x)
x ^= 0xff
print(x)
x &= 0x1f0
print(x)
x /= 4
print(x)
print(0x7f, 0o17, 0b1011, 1_000_000, 0xDEAD_BEEF)
print(int("42"), int("-17"), int("  9 "), int("ff", 16), int("777", 8), int("101", 2), int("0x1a", 0), int("z", 36))
print(hex(255), hex(-255), oct(8), oct(-8), bin(5), bin(-5), bin(0))
print(str(123), repr(-45), str(0))
for d in (1, 2, 3, -1, -2, -3):
    print(d, 7 // d, 7 % d, -7 // d, -7 % d)
print(round(7), round(15, -1), round(25, -1), round(-15, -1))
print(max(3, 9, -2), min(3, 9, -2), max([4, 8, 1]), min((4, 8, 1)))
