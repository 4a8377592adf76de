# bytes: literals, indexing, slicing, methods, conversions
b = b"hello\x00\xff world"
print(b, len(b), b[0], b[-1], b[1:5], b[-5:], b[:-9])
print(b.find(b"o"), b.rfind(b"o"), b.index(b"w"), b.count(b"l"), b"ell" in b, 104 in b)
print(b.upper(), b.lower(), b.split(b" "), b.replace(b"l", b"L"), b.strip(b"hd"))
print(b.startswith(b"he"), b.endswith(b"ld"), b.split())
print(bytes(3), bytes([65, 66, 67]), bytes(range(5)), bytes("abc", "utf-8"), bytes(b"copy"))
print(b"abc" + b"def", b"ab" * 3, b"abc" == b"abc", b"abc" < b"abd", b"a" != b"b")
print(list(b"abc"), [x for x in b"\x01\x02"], b"-".join([b"a", b"b", b"c"]))
print(repr(b"quote'"), repr(b'dq"'), repr(b"both'\""), b"\t\n\r\\", b"\x7f\x80")
print(b.hex(), bytes.fromhex("deadbeef"))
print(hash(b"abc") == hash(b"abc"), b"abc".decode(), str(b"abc"), bytes(b"xyz")[1])
print(b"a,b,,c".split(b","), b"  pad ".strip(), b"x".center(5))
print(b"abc".isalpha(), b"123".isdigit())
x = b"ab"
x += b"cd"
print(x, sorted(b"dcba"), max(b"az"), min(b"az"), sum(b"\x01\x02\x03"))
try:
    b[0] = 1
except TypeError:
    print("TypeError: bytes immutable")
