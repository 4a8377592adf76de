# Generates bigint.txt: "<op>\t<operands...>\t<result>" with ints in decimal.
# Run on MicroPython v1.27.0 (unix port, build-standard):  micropython -X heapsize=256M gen_bigint.py > bigint.txt
from gen_common import seed, rand64, randbelow, hexbits, bits_to_float

seed(2024)


def rand_word():
    k = randbelow(8)
    if k == 0:
        return 0
    if k == 1:
        return 0xFFFFFFFF
    if k == 2:
        return 0x80000000
    if k == 3:
        return 1
    return rand64() & 0xFFFFFFFF


def rand_big(maxwords=8):
    k = randbelow(10)
    n = randbelow(maxwords + 1)
    if k == 0:
        v = (1 << randbelow(32 * maxwords + 1))
    elif k == 1:
        v = (1 << randbelow(32 * maxwords + 1)) - 1
    elif k == 2:
        v = 10 ** randbelow(10 * maxwords)
    elif k == 3:
        v = randbelow(1 << 40)
    else:
        v = 0
        for _ in range(n):
            v = (v << 32) | rand_word()
    if randbelow(2):
        v = -v
    return v


def line(*parts):
    print('\t'.join(str(p) for p in parts))


for _ in range(500):
    a = rand_big()
    b = rand_big()
    line('add', a, b, a + b)
    line('sub', a, b, a - b)
    line('mul', a, b, a * b)
    line('and', a, b, a & b)
    line('or', a, b, a | b)
    line('xor', a, b, a ^ b)
    line('cmp', a, b, (a > b) - (a < b))
    if b != 0:
        line('floordiv', a, b, a // b)
        line('mod', a, b, a % b)
    line('neg', a, -a)
    line('invert', a, ~a)
    s = randbelow(200)
    line('shl', a, s, a << s)
    line('shr', a, s, a >> s)
    line('hash', a, hash(a))
    line('float', a, hexbits(float(a)) if abs(a) < (1 << 1020) else 'OVF')
    line('hex', a, '%x' % a)
    line('HEX', a, '{:X}'.format(a))
    line('oct', a, '%o' % a)
    line('bin', a, '{:b}'.format(a))

# Division with a known quotient and remainder, and divisors that stress quotient-digit estimation.
for _ in range(600):
    b = rand_big(6)
    if b == 0:
        b = 7
    q = rand_big(8)
    r = rand_big(6) % b
    a = b * q + r
    line('floordiv', a, b, a // b)
    line('mod', a, b, a % b)
for hi in (0x80000000, 0xFFFFFFFF, 0x7FFFFFFF, 0x80000001):
    for n in range(2, 6):
        b = hi << (32 * (n - 1))
        for lo in (0, 1, 0xFFFFFFFF, 0x12345678):
            b2 = b | lo
            for a in ((1 << (32 * (n + 2))) - 1, b2 * (b2 - 1), (b2 << 64) - 1, (b2 << 33) + b2 - 1):
                for sa in (1, -1):
                    for sb in (1, -1):
                        line('floordiv', sa * a, sb * b2, (sa * a) // (sb * b2))
                        line('mod', sa * a, sb * b2, (sa * a) % (sb * b2))

for _ in range(300):
    a = rand_big(3)
    e = randbelow(60)
    line('pow', a, e, a ** e)
for a, e in ((2, 10000), (3, 1000), (-7, 333), (10, 500), (-1, 12345), (0, 0), (1 << 100, 20)):
    line('pow', a, e, a ** e)

for _ in range(400):
    a = rand_big(4)
    e = abs(rand_big(3))
    m = rand_big(3)
    if m == 0:
        m = 97
    line('modpow', a, e, m, pow(a, e, m))
for a, e, m in ((0, 0, 5), (5, 0, 1), (5, 0, -1), (5, 0, -3), (5, 0, 3), (-2, 3, 5), (2, 3, -5), (-2, 3, -5),
                (2, -1, 5), (0, 5, 7), (7, 1, 13), (3, 1 << 70, (1 << 89) - 1), (10 ** 30, 10 ** 20, 10 ** 25 + 7)):
    line('modpow', a, e, m, pow(a, e, m))

DIG = '0123456789abcdefghijklmnopqrstuvwxyz'
for _ in range(400):
    base = 2 + randbelow(35)
    n = 1 + randbelow(40)
    s = ''
    for i in range(n):
        s += DIG[randbelow(base)]
    if randbelow(3) == 0:
        s = s.upper()
    if randbelow(4) == 0:
        s = '-' + s
    line('parse', s, base, int(s, base))

for _ in range(300):
    b = rand64()
    if (b >> 52) & 0x7FF == 0x7FF:
        continue
    f = bits_to_float(b)
    line('fromfloat', hexbits(f), int(f))

for _ in range(300):
    a = rand_big(4)
    n = randbelow(40)
    for order in ('big', 'little'):
        try:
            r = a.to_bytes(n, order).hex()
        except OverflowError:
            r = 'OVF'
        line('tobytes', a, n, order, r)
    if a >= 0:
        bs = a.to_bytes(40, 'little')
        line('frombytes', bs.hex(), 'little', int.from_bytes(bs, 'little'))
        line('frombytes', bs.hex(), 'big', int.from_bytes(bs, 'big'))
