# bytearray: mutation, slicing, methods
ba = bytearray(b"hello")
print(ba, len(ba), ba[0], ba[-1])
ba[0] = 72
ba.append(33)
ba.extend(b" ok")
print(ba)
ba[1:3] = b"EL"
print(ba, ba[2:], bytes(ba[:2]))
ba[0:1] = b"JJ"
print(ba)
ba[0:1] = b""
print(ba)
ba2 = bytearray(4)
print(ba2, bytearray([1, 2, 255]), bytearray(b"abc") + b"def", bytearray(range(3)))
ba2[1] = 255
print(ba2, list(ba2), ba2.find(b"\xff"))
ba3 = bytearray()
for i in range(5):
    ba3.append(65 + i)
print(ba3, ba3.decode(), bytes(ba3), ba3 == b"ABCDE", ba3.upper())
ba3 += b"FG"
print(ba3, ba3.count(b"A"))
ba4 = bytearray(b"xyz")
print(ba4, ba4.replace(b"y", b"Y"))
try:
    ba[0] = 256
except ValueError as e:
    print("ValueError", e)
print(bytearray("é", "utf-8"), repr(bytearray(b"\x00'\"")))
