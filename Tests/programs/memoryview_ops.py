# memoryview over bytes and bytearray: indexing, slicing without copying, writes through
ba = bytearray(b"abcdefgh")
mv = memoryview(ba)
print(len(mv), mv[0], mv[-1], bytes(mv[2:5]), list(mv[6:]))
mv[0] = 65
mv[1:3] = b"BC"
print(ba)
sub = mv[4:]
sub[0] = 69
print(ba, len(sub), bytes(sub))
ro = memoryview(b"readonly")
print(bytes(ro[4:]), ro[0])
try:
    ro[0] = 1
except TypeError:
    print("TypeError: read-only")
print(bytes(mv) == bytes(ba), list(memoryview(b"\x01\x02\x03")))
s = 0
for v in memoryview(b"\x10\x20\x30"):
    s += v
print(s)
print(bytes(memoryview(bytearray(b"xyz"))[1:]))
