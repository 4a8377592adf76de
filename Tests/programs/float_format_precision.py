# Float formatting with '%', str.format and f-strings: how many digits are real depends on the float
# precision (MicroPython's single-precision builds print at most 9 significant digits).
import math

values = [0.1, 1 / 3, 2.5, math.pi, 1e10, 1.5e-7, 123456789.0, 0.0, -0.0, 1e38, 6.02e23, 9.999999, 0.5]
for v in values:
    print('%.10f|%e|%g|%.3f|%10.4f|%.20f|%.0f|%G' % (v, v, v, v, v, v, v, v))
    print('{:.9g}|{:e}|{:,.2f}|{:.15f}|{:%}|{:08.3f}|{:+.2e}|{:>12g}|{:.1}'.format(v, v, v, v, v, v, v, v, v))
    print(f'{v}|{v!r}|{v:.12}|{v:.17g}|{v:#g}|{v:10.3%}|{v: f}')
for n in range(0, 40, 3):
    v = 10.0 ** n
    print(n, v, '%.25g' % v, '{:.30f}'.format(1 / v), f'{v * 1.5:.3e}')
print('%s %r %.99f' % (1 / 7, 2 / 7, 1 / 3))
