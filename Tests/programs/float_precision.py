# Float values whose repr, arithmetic, parsing, hashing and int conversion differ between MicroPython's
# double-precision builds and its single-precision ones (ESP32, STM32): X.exp and X.single.exp.
import math
import struct

print(0.1, 1 / 3, 2 / 3, 0.1 + 0.2, 1.1 * 1.1, 100.0 / 7)
print(1e38 * 10, -1e38 * 10, 3.4028235e38, 3.4028236e38, 1e39, 1e-45, 1e-46)
print(float('1.17549435e-38'), float('1.4e-45'), float('0.7e-45'), float('1e-38') / 10)
print(123456789.0, 16777216.0, 16777217.0, 1e16, 1e15, 12345.678, 0.0001234, 1e-5)
print(float('3.14159265358979323846'), float('  -2.5e3  '), float('1_000.000_1'), float('.5e1'))
print(float(16777217), float(2**53 + 1), float(2**63 - 1), float(2**100), float(-(10**30)))
print(2**63 / 1, (2**64 + 1) / 3, 10**20 / 10**10, 7 / 2, 2 ** -1, 10 ** -3)
for i in range(12):
    print(i, i * 0.1, 1.0 / (i + 1), 10.0 ** (i - 6), math.sqrt(i), 2.0 ** (i * 11))
for s in ('0.1', '0.2', '0.3', '1e10', '9.999999e37', '5e-324', '2.2250738585072014e-308', '1.5e-40', '123.456'):
    print(s, float(s), repr(float(s) * 3))
print(hash(0.5), hash(1.5), hash(1e9), hash(0.1), hash(-2.5), hash(16777217.0), hash(-7.0))
d = {0.1: 'a', 1.0: 'b', 2.5: 'c', 1e20: 'd', 1 / 3: 'e'}
print(d[0.1], d[1], d[2.5], d[1e20], d[1 / 3], 1.0 in d, 0.3 in d)
print(int(1e20), int(3.9), int(-2.5e9), int(1e10 + 0.5), int(16777217.0), int(-1e30))
print(round(2.675, 2), round(1e20), round(0.5), round(1.5), round(123.456, -1), round(1 / 3, 5))
print(divmod(7.5, 2), 7.5 // 2, -7.5 % 2, 1e10 % 3, divmod(-1e10, 7.3), 2 ** 0.5)
print(complex(1, 2) * complex(3, 4), abs(complex(3, 4)), complex(1.1, 2.2) ** 2, (1 + 2j) / (3 - 1j))
print(struct.unpack('<d', struct.pack('<d', 0.1)), struct.unpack('<f', struct.pack('<f', 0.1)))
print(struct.pack('<d', 0.1), struct.pack('<f', 1 / 3), struct.pack('<e', 1 / 3))
print(math.sqrt(2), math.sin(1), math.cos(1), math.exp(1), math.log(10), math.log(8, 2), math.atan2(1, 2))
print(math.pi, math.e, math.tau, math.radians(180), math.degrees(1), math.isclose(1.0, 1.0000001))
print(math.frexp(0.1), math.modf(2.75), math.ldexp(1.5, 100), math.pow(2, 0.5), math.floor(1e10 + 0.7))
for f in (math.exp, math.sinh, math.cosh):
    try:
        print(f(100))
    except Exception as e:
        print(type(e).__name__, e)
print(float('inf'), float('-inf'), float('nan'), -0.0, 0.0 * -1, 1e300 * 1e300 if 1 else 0)
x = 1.0
for i in range(30):
    x = x * 1.1 + 0.01
print(x, sum([0.1] * 10), 0.1 * 3 == 0.3, 1e8 + 1 == 1e8)
