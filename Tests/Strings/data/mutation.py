# Expected values for MutationTests.cs (bytearray and memoryview mutation, iteration); run with micropython.
ba = bytearray(b"hello")
ba[0] = 72
ba.append(33)
ba.extend(b" ok")
print(repr(ba))
ba[1:3] = b"EL"
print(repr(ba), repr(ba[2:]), repr(bytes(ba[:2])))
ba[0:1] = b"JJ"
print(repr(ba))
ba[0:1] = b""
print(repr(ba))
ba[-1] = 300
ba[0] = -1
print(repr(ba))
ba += b"+"
ba.extend([1, 2])
ba.extend(bytearray(b"z"))
print(repr(ba), len(ba))
ba[1:2] = bytearray(b"QQ")
ba[1:2] = memoryview(b"ZZ")
print(repr(ba))
b2 = bytearray(b"abc")
b2[0:3] = b2
b2[1:1] = b2
print(repr(b2))
m = bytearray(b"abcdefgh")
mv = memoryview(m)
mv[0] = 65
mv[1:3] = b"BC"
sub = mv[4:]
sub[0] = 69
print(repr(m), len(sub), repr(bytes(sub)), sub[-1], repr(mv.hex()))
m.extend(b"XYZ")
print(len(mv), repr(bytes(mv)), repr(bytes(memoryview(m))))
t = 0
for v in memoryview(b"\x10\x20\x30"):
    t += v
print(t, list(memoryview(b"\x01\x02")), list(bytearray(b"\x03")))
s = ""
for c in "a\xe9\u2713\U0001f40d":
    s += c + "|"
print(repr(s))
x = "ab"
x += "cd"
x *= 2
print(repr(x), repr("%s-%d" % ("a", 1)), repr("a" "b"))
