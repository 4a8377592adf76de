# Generates float_parse.txt: "<input text>\t<ieee bits hex of float(text), or ERR>".
# Run on MicroPython v1.27.0 (unix port, build-standard):  micropython -X heapsize=256M gen_float_parse.py > float_parse.txt
from gen_common import seed, randbelow, hexbits, sample_floats

inputs = ['0', '1', '-1', '1.5', '.5', '5.', '.', 'e5', '1e', '1e+', '1e-', '.e1', '-.5', '1_0.5_0', '_1', '1.5.3',
          'inf', '-inf', '+inf', 'infinity', 'INFINITY', 'Infinit', 'INF', 'nan', '-nan', 'NaN', 'nanx', ' 1.5 ',
          '1e500', '1e-500', '0x10', '', '+', '-', '1.2e+0_3', 'in', '1e99999999999999', '1e-99999999999999',
          '0.1', '0.2', '0.3', '1e22', '1e23', '8.5', '2.2250738585072014e-308', '2.2250738585072011e-308',
          '4.9406564584124654e-324', '2.4703282292062327e-324', '2.4703282292062328e-324', '1.7976931348623157e308',
          '1.7976931348623158e308', '1.7976931348623159e308', '179769313486231580793728971405301e276',
          '123456789012345678901234567890', '0.000000000000000000000000000000000000001', '1' + '0' * 400,
          '0.' + '0' * 400 + '1', '9' * 30, '3.14159265358979323846264338327950288', '1_000.000_1', '1__2',
          '1e1_0', '1.e5', '1.0e-5', '1E5', '1e05', '00001.5', '-0', '-0.0', '0e0', '0e999999', '1 5', '1.5j',
          '12345678901234567890e-20', '0.30000000000000004', '100000000000000000000000', '9007199254740993',
          '9007199254740993.0000000001', '18446744073709551615', '18446744073709551616', '1844674407370955161.5']
seed(4242)
for _ in range(1500):
    nd = 1 + randbelow(25)
    s = ''
    for i in range(nd):
        s += '0123456789'[randbelow(10)]
    k = randbelow(4)
    if k == 0:
        p = randbelow(nd + 1)
        s = s[:p] + '.' + s[p:]
    elif k == 1:
        s += 'e' + str(randbelow(700) - 350)
    elif k == 2:
        p = randbelow(nd + 1)
        s = s[:p] + '.' + s[p:] + 'e' + str(randbelow(60) - 30)
    if randbelow(5) == 0:
        s = '-' + s
    inputs.append(s)
for x in sample_floats()[::5]:
    inputs.append(repr(x))
for s in inputs:
    try:
        r = hexbits(float(s))
    except ValueError:
        r = 'ERR'
    print(s + '\t' + r)
