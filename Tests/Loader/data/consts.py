# Constants of every kind the .mpy constant table holds.
s1 = "hello, constant"
s2 = "h\u00e9llo \u20ac \U0001f600"
b1 = b"bytes\x00\xff!"
b0 = b""
i31 = 1073741824
i62 = 4611686018427387904
ineg = -1099511627776
f1 = 1.5
f2 = 1e100
f3 = 2.5e-8
c1 = 2j
c2 = 1.5e3j
t1 = (1, "two", b"three", 4.0, None, True, False, ...)
t2 = ((1, 2), (3, (4, 5)))
el = ...
ibig = 123456789012345678901234567890
ibign = -9223372036854775809
print(s1, s2, b1, b0, i31, i62, ineg, f1, f2, f3, c1, c2, t1, t2, el, ibig, ibign)
