# Generates float_format.txt: "<ieee bits hex>\t<format>\t<result of format % x>".
# Run on MicroPython v1.27.0 (unix port, build-standard):  micropython -X heapsize=256M gen_float_format.py > float_format.txt
from gen_common import sample_floats, hexbits, seed, randbelow

FORMATS = ('%e', '%E', '%.0e', '%.3e', '%.10e', '%.16e', '%.20e', '%f', '%F', '%.0f', '%.1f', '%.2f', '%.5f',
           '%.10f', '%.17f', '%.25f', '%.30f', '%g', '%G', '%.0g', '%.1g', '%.3g', '%.10g', '%.16g', '%.17g',
           '%.20g', '%+g', '% g', '%+.2f', '% .3e', '%12.4f', '%-12.4f', '%012.4f', '%+012.3e', '%#g', '%#.0f',
           '%20g', '%-20e|', '%.40f', '%.35g', '%.32e')

xs = sample_floats()
seed(777)
picked = []
for i in range(300):
    picked.append(xs[randbelow(len(xs))])
picked += [0.0, -0.0, 1.0, -1.0, 0.5, 1.5, 2.5, 0.05, 0.005, 1e-7, 123456789.0, 1e20, 1e21, 1e-20, 9.5, 0.95,
           99.95, 1e300, -1e-300, 5e-324, float('inf'), float('-inf'), float('nan'), 1.7976931348623157e308]
for x in picked:
    for f in FORMATS:
        print(hexbits(x) + '\t' + f + '\t' + (f % x))
    print(hexbits(x) + '\t{:.4%}\t' + '{:.4%}'.format(x))
    print(hexbits(x) + '\t{:%}\t' + '{:%}'.format(x))
