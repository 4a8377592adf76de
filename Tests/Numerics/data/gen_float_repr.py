# Generates float_repr.txt: "<ieee bits hex>\t<repr>\t<str of negative>" for a wide sample of doubles.
# Run on MicroPython v1.27.0 (unix port, build-standard):  micropython -X heapsize=256M gen_float_repr.py > float_repr.txt
from gen_common import sample_floats, hexbits

for x in sample_floats():
    print(hexbits(x) + '\t' + repr(x) + '\t' + str(-x))
for x in (float('inf'), float('-inf'), float('nan'), -0.0):
    print(hexbits(x) + '\t' + repr(x) + '\t' + str(-x))
