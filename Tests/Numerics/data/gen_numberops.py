# Generates numberops.txt: results of int/bool/float/complex operators and number built-ins.
# Line: "<op>\t<operand>[\t<operand>...]\t<result>"; operands are encoded "i:<decimal>", "b:0|1",
# "f:<ieee bits hex>", "c:<bits hex>,<bits hex>", "s:<text>" (text for int()/float()/complex(), with \\, \t, \n escaped),
# "n:None"; result is repr(result), or "EXC:<type>:<message>" ("EXC:MemoryError:" without message).
# Run on MicroPython v1.27.0 (unix port, build-standard):
#   micropython -X heapsize=256M gen_numberops.py > numberops.txt
from gen_common import hexbits

INTS = [0, 1, -1, 3, -7, 2 ** 31, 2 ** 62, 2 ** 63 - 1, -2 ** 63, 2 ** 63, 2 ** 64 + 5, -(2 ** 70) - 3, 10 ** 30]
FLOATS = [0.0, -0.0, 1.5, -2.5, 3.0, 1e300, float('inf'), float('-inf'), float('nan'), 2.0 ** 63]
COMPLEX = [1 + 2j, -0.5j, 0j]
VALUES = INTS + [True, False] + FLOATS + COMPLEX


def enc(v):
    if v is True or v is False:
        return 'b:' + str(int(v))
    if v is None:
        return 'n:None'
    if isinstance(v, int):
        return 'i:' + str(v)
    if isinstance(v, float):
        return 'f:' + hexbits(v)
    if isinstance(v, complex):
        return 'c:' + hexbits(v.real) + ',' + hexbits(v.imag)
    return 's:' + v.replace('\\', '\\\\').replace('\t', '\\t').replace('\n', '\\n')


def res(f):
    try:
        r = f()
        if isinstance(r, tuple):
            return '(' + ';'.join(repr(x) for x in r) + ')'
        return repr(r)
    except MemoryError:
        return 'EXC:MemoryError:'
    except Exception as e:
        return 'EXC:' + type(e).__name__ + ':' + str(e)


def line(op, args, r):
    print(op + '\t' + '\t'.join(enc(a) for a in args) + '\t' + r)


BINOPS = {
    '+': lambda a, b: a + b, '-': lambda a, b: a - b, '*': lambda a, b: a * b, '//': lambda a, b: a // b,
    '/': lambda a, b: a / b, '%': lambda a, b: a % b, '**': lambda a, b: a ** b, '&': lambda a, b: a & b,
    '|': lambda a, b: a | b, '^': lambda a, b: a ^ b, '<<': lambda a, b: a << b, '>>': lambda a, b: a >> b,
    '<': lambda a, b: a < b, '>': lambda a, b: a > b, '<=': lambda a, b: a <= b, '>=': lambda a, b: a >= b,
    '==': lambda a, b: a == b, '!=': lambda a, b: a != b, 'divmod': lambda a, b: divmod(a, b),
}
for name in ('+', '-', '*', '//', '/', '%', '**', '&', '|', '^', '<<', '>>', '<', '>', '<=', '>=', '==', '!=',
             'divmod'):
    f = BINOPS[name]
    for a in VALUES:
        for b in VALUES:
            if name == '**' and isinstance(a, int) and isinstance(b, int) and b > 200 and a not in (0, 1, -1):
                continue  # MicroPython spends long on these before running out of memory
            if name == '<<' and isinstance(b, int) and b > 10000 and a != 0:
                continue
            line(name, (a, b), res(lambda: f(a, b)))

UNOPS = {
    'neg': lambda a: -a, 'pos': lambda a: +a, 'invert': lambda a: ~a, 'abs': lambda a: abs(a),
    'hash': lambda a: hash(a), 'bool': lambda a: bool(a), 'int': lambda a: int(a), 'float': lambda a: float(a),
    'complex': lambda a: complex(a), 'str': lambda a: str(a), 'round': lambda a: round(a),
    'bin': lambda a: bin(a), 'oct': lambda a: oct(a), 'hex': lambda a: hex(a),
}
for name in ('neg', 'pos', 'invert', 'abs', 'hash', 'bool', 'int', 'float', 'complex', 'str', 'round', 'bin', 'oct',
             'hex'):
    for a in VALUES:
        line(name, (a,), res(lambda: UNOPS[name](a)))

for a in INTS + FLOATS + [True]:
    for nd in (-2, -1, 0, 1, 2, 5):
        line('round2', (a, nd), res(lambda: round(a, nd)))
for x in (0.5, 1.5, 2.5, -0.5, -1.5, 2.675, 0.125, 1234.5678, -0.4, 1e16, 123456.789):
    for nd in (None, 0, 1, 2, 3, -1, -3):
        if nd is None:
            line('round', (x,), res(lambda: round(x)))
        else:
            line('round2', (x, nd), res(lambda: round(x, nd)))
for x in (5, 15, 25, -25, 1250, 1350, -1350, 10 ** 25 + 5 * 10 ** 20):
    for nd in (-1, -2, -21):
        line('round2', (x, nd), res(lambda: round(x, nd)))

POW3 = [(2, 10, 1000), (3, 2 ** 70, 10 ** 9 + 7), (-3, 5, 7), (3, 5, -7), (0, 0, 5), (2, -1, 5), (5, 0, -3),
        (2, 3, 0), (2 ** 70, 2 ** 65, 2 ** 61 - 1), (True, True, 2)]
for a, b, c in POW3:
    line('pow3', (a, b, c), res(lambda: pow(a, b, c)))
line('pow3', (2.0, 3, 5), res(lambda: pow(2.0, 3, 5)))

TEXTS = ['0', '12', '-12', ' +7 ', '0x1f', '0o17', '0b101', '1_000', '1e5', '1.5', '', ' ', 'abc', '12abc',
         '99999999999999999999999', '-0x8000000000000000', 'inf', '-nan', '1+2j', 'j', '  3.25e-2  ', "it's",
         '1\n', '\t5', '1__0', '0_x1']
for t in TEXTS:
    line('int', (t,), res(lambda: int(t)))
    line('float', (t,), res(lambda: float(t)))
    line('complex', (t,), res(lambda: complex(t)))
    for base in (0, 2, 8, 16, 36):
        line('intbase', (t, base), res(lambda: int(t, base)))
for base in (1, 37, -1):
    line('intbase', ('10', base), res(lambda: int('10', base)))
for a in (1, -1, 1.5, 1 + 2j, True, 2 ** 70):
    for b in (2, -0.5, 1j, False):
        line('complex2', (a, b), res(lambda: complex(a, b)))
for v in (0, 1, -1, 127, 128, -128, -129, 255, 256, 65535, -32768, 2 ** 62, -2 ** 63, 2 ** 63, 2 ** 64 - 1,
          -2 ** 64, 2 ** 70, -2 ** 70):
    for n in (0, 1, 2, 4, 8, 9, 12):
        for order in ('big', 'little'):
            line('tobytes', (v, n, order), res(lambda: v.to_bytes(n, order).hex() if n else repr(v.to_bytes(n, order))))
