# constants of every encoding: each one-byte small int -16..47, wider small ints, big ints, floats, strings, bytes, tuples
print(-16, -15, -14, -13, -12, -11, -10, -9, -8, -7, -6, -5, -4, -3, -2, -1)
print(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15)
print(16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31)
print(32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47)
print(48, -17, 63, 64, -64, -65, 100, 127, 128, 255, 256, 1000, -1000, 8191, 8192, -8192, -8193)
print(65535, 65536, 1 << 20, -(1 << 20), 2 ** 29, 2 ** 30 - 1, -(2 ** 30), 2 ** 30, -(2 ** 30) - 1)
print(2 ** 31, 2 ** 32, 2 ** 62, 2 ** 63, 2 ** 64, -(2 ** 63), 123456789012345678901234567890)
print(0.0, 1.5, -2.25, 1e300, 3.141592653589793, 1e-300)
print("", "s", "a longer string constant", "with\nnewline", "ü")
print(b"", b"bytes", b"\x00\x01", (), (1, 2, 3), ("a", ("nested", 2.5)), (1, (2, (3, (4,)))))
print(None, True, False, ..., Ellipsis is ...)
t = (1, "two", 3.0, b"four", None)
print(t, type(t[0]), type(t[2]), type(t[3]))
def f():
    return (7, 8), -1, 100000, "const", 9.75
print(f())
x = 2
print(x * 31, x + 47, x - 16, x * -17)
