# array module: typed arrays, typecodes, append/extend, slicing, bytes view, memoryview with item size > 1
import array
a = array.array("i", [1, -2, 300])
print(a, len(a), a[0], a[-1], a[1:], list(a))
a.append(7)
a.extend([8, 9])
a[0] = -100
print(a, sum(a))
b = array.array("B", b"\x01\x02\xff")
print(b, list(b), bytes(b), b[2])
h = array.array("h", [1, -2, 300])
m = memoryview(h)
print(len(m), m[1], m[2], list(m), bytes(h))
m[0] = -5
print(h, list(h))
f = array.array("d", [0.5, -1.25])
print(f, f[1] * 2)
print(array.array("b"), array.array("H", range(4)), array.array("I", [2 ** 32 - 1]), array.array("q", [-2 ** 40]))
for v in array.array("b", [-1, 0, 1]):
    print(v, end=" ")
print()
try:
    array.array("z")
except ValueError as e:
    print("ValueError", e)
