# Generates float32_literals.txt: "<float literal>\t<float32 bits hex of the literal compiled in source>", for
# single precision: the compiler keeps the value it parsed, so a literal whose repr does not read back (the
# formatter's best guess) must still load as that value.
# Run on MicroPython v1.27.0, unix port built with CFLAGS_EXTRA=-DMICROPY_FLOAT_IMPL=MICROPY_FLOAT_IMPL_FLOAT:
#   micropython -X heapsize=256M gen_float32_literals.py > float32_literals.txt
import struct
from gen_common import seed, rand64, randbelow

seed(3233)
lits = ['1e-45', '2e-45', '1.785584027740115e+22', '3.689986281060329e-34', '1.17549435e-38', '3.4028235e38', '0.1',
        '1e-40', '9.99e-39']
for _ in range(1500):
    b = rand64() & 0x7FFFFFFF
    if (b >> 23) == 0xFF:
        continue
    # the shortest double text of a float32 value, as CPython would write it
    lits.append('%.17g' % struct.unpack('<f', struct.pack('<I', b))[0])
for _ in range(500):
    lits.append(str(1 + randbelow(10 ** (1 + randbelow(12)))) + 'e' + str(randbelow(90) - 50))
for s in lits:
    print(s + '\t' + '%08x' % struct.unpack('<I', struct.pack('<f', eval(s)))[0])
