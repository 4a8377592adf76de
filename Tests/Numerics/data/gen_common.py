# Shared helpers for the numerics test-data generators (run with MicroPython v1.27.0, unix port).
import struct

_state = [0x9E3779B97F4A7C15]
M64 = (1 << 64) - 1


def seed(s):
    _state[0] = s & M64 or 1


def rand64():
    # xorshift64*: deterministic and identical on any Python
    x = _state[0]
    x ^= x >> 12
    x ^= (x << 25) & M64
    x ^= x >> 27
    _state[0] = x
    return (x * 0x2545F4914F6CDD1D) & M64


def randbelow(n):
    return rand64() % n


def bits_to_float(b):
    return struct.unpack('<d', struct.pack('<Q', b))[0]


def float_to_bits(f):
    return struct.unpack('<Q', struct.pack('<d', f))[0]


def hexbits(f):
    return '%016x' % float_to_bits(f)


def sample_floats():
    # A fixed, wide sample of doubles: random bit patterns, decimals, powers, subnormals, halfway cases.
    seed(12345)
    out = []
    for _ in range(2500):
        b = rand64() & ~(1 << 63)
        if (b >> 52) == 0x7FF:
            continue
        out.append(bits_to_float(b))
    for _ in range(800):
        # random "short" decimals, the common case in programs
        m = randbelow(10 ** (1 + randbelow(9)))
        e = randbelow(40) - 20
        out.append(float(str(m) + 'e' + str(e)))
    for _ in range(300):
        # random values with a moderate exponent
        b = (rand64() & ((1 << 52) - 1)) | ((1023 - 70 + randbelow(140)) << 52)
        out.append(bits_to_float(b))
    for k in range(-325, 309):
        out.append(float('1e' + str(k)))
    for k in range(-20, 24):
        p = float('1e' + str(k))
        out.append(bits_to_float(float_to_bits(p) + 1))
        out.append(bits_to_float(float_to_bits(p) - 1))
    for k in range(-1074, 1024, 7):
        out.append(2.0 ** k)
    for b in (1, 2, 3, 5, 7, 0xFFFFF, 0x10000000000, 0xFFFFFFFFFFFFF, 0x8000000000000, 0x10000000000000):
        out.append(bits_to_float(b))
    for x in (0.0, 0.5, 1.5, 2.5, 0.125, 0.375, 1.25, 2.675, 1.005, 0.045, 1e22, 1e23, 9007199254740992.0,
              9007199254740993.0, 123456789012345.0, 1234567890123456.0, 12345678901234567.0, 1e15, 1e16, 1e17,
              100000.0, 1e-4, 1e-5, 0.0001234, 0.30000000000000004, 0.1, 0.2, 0.3, 1.1, 2.2, 3.3, 1 / 3, 2 / 3,
              3.141592653589793, 2.718281828459045, 1.7976931348623157e308, 2.2250738585072014e-308,
              2.225073858507201e-308, 4.9406564584124654e-324, 5e-324, 0.1 + 0.7, 4.35, 0.15, 0.25, 0.35, 8.5,
              9.5, 99.5, 999999.5, 9999999999999998.0, 999999999999999.9, 0.000999, 0.0099999, 9.999999e-5,
              65536.0, 4294967296.0, 1e100, 1.5e-7, 123.456, 6.02214076e23, 6.62607015e-34):
        out.append(x)
    return out
