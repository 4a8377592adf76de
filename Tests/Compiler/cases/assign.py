x = 1
y = x + 2
z = -5
big = 1 << 40
s = "hi"
long_s = "a longer string here"
b = b"bytes\x00\n"
a = b2 = 7
print(x, y, z, big, s, long_s, b, a, b2)
