# Generates float32.txt for single-precision floats (MICROPY_FLOAT_IMPL_FLOAT): one row per case,
#   repr  <float32 bits hex>  <repr(x)>  <repr(-x)>
#   fmt   <float32 bits hex>  <%-spec>  <spec % x>
#   parse <text>              <float32 bits hex of float(text), or ERR>
# Run on MicroPython v1.27.0, unix port built with CFLAGS_EXTRA=-DMICROPY_FLOAT_IMPL=MICROPY_FLOAT_IMPL_FLOAT:
#   micropython -X heapsize=256M gen_float32.py > float32.txt
import struct
from gen_common import seed, rand64, randbelow


def f32(b):
    return struct.unpack('<f', struct.pack('<I', b))[0]


def bits32(f):
    return '%08x' % struct.unpack('<I', struct.pack('<f', f))[0]


seed(3232)
xs = []
for _ in range(3000):
    b = rand64() & 0x7FFFFFFF
    if (b >> 23) == 0xFF:
        continue
    xs.append(f32(b))
for _ in range(600):
    m = randbelow(10 ** (1 + randbelow(8)))
    xs.append(float(str(m) + 'e' + str(randbelow(30) - 15)))
for k in range(-46, 39):
    xs.append(float('1e' + str(k)))
for k in range(-149, 128, 3):
    xs.append(2.0 ** k)
for b in (1, 2, 3, 0x7FFFFF, 0x800000, 0x7F7FFFFF, 0x3F800000, 0x3F800001, 0x3F7FFFFF):
    xs.append(f32(b))
for x in xs:
    print('repr\t' + bits32(x) + '\t' + repr(x) + '\t' + repr(-x))
specs = ('%.0e', '%.3e', '%e', '%.8e', '%.12e', '%g', '%.1g', '%.4g', '%.9g', '%.15g', '%f', '%.0f', '%.2f',
         '%.10f', '%.25f', '%G', '%E')
for i in range(0, len(xs), 3):
    x = xs[i]
    spec = specs[randbelow(len(specs))]
    print('fmt\t' + bits32(x) + '\t' + spec + '\t' + spec % x)
inputs = ['0.1', '0.2', '0.3', '1e38', '3.4028235e38', '3.4028236e38', '3.40282357e38', '1e39', '1.17549435e-38',
          '1.1754942e-38', '1.4e-45', '7e-46', '8e-46', '1e-45', '1e-46', '16777217', '16777216.5', '4294967295',
          '4294967296', '123456789012345678901234567890', '9' * 40, '0.' + '9' * 40, '1.' + '0' * 30 + '1',
          '1e-200', '1e200', '1e-300', '1e99999999999999', '1_000.000_1', 'inf', '-nan', '1e', '.', '1.5j']
for _ in range(1500):
    nd = 1 + randbelow(15)
    s = ''
    for i in range(nd):
        s += '0123456789'[randbelow(10)]
    k = randbelow(4)
    if k == 0:
        p = randbelow(nd + 1)
        s = s[:p] + '.' + s[p:]
    elif k == 1:
        s += 'e' + str(randbelow(100) - 50)
    elif k == 2:
        p = randbelow(nd + 1)
        s = s[:p] + '.' + s[p:] + 'e' + str(randbelow(60) - 30)
    inputs.append(s)
for s in inputs:
    try:
        r = bits32(float(s))
    except ValueError:
        r = 'ERR'
    print('parse\t' + s + '\t' + r)
