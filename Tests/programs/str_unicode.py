# Unicode strings: indexing and slicing count code points, encoding to UTF-8
s = "héllo wörld ✓ 日本語 🐍"
print(s)
print(len(s), len(s.encode()), s[1], s[12], s[14:17], s[-1], s[-5:-2])
print(s.upper(), s.find("日"), s.index("🐍"), s.count("l"), "ö" in s)
print(repr(s))
for ch in "aé✓🐍":
    print(ch, ord(ch), hex(ord(ch)), ch.encode(), len(ch.encode()))
print(chr(233), chr(0x65e5), chr(0x1f40d), chr(0x10ffff).encode())
b = "ünïcödé".encode("utf-8")
print(b, len(b), b.decode(), b.decode("utf-8") == "ünïcödé")
print("\u00e9\u2713", "\U0001F600")
print(list("añ✓"), sorted("ñaz"), "ñ" < "z", "é" > "e")
print("日本".join(["a", "b", "c"]), "x日y".split("日"), "日本語".replace("本", "-"))
print("{:>5}|{:<4}|".format("日本", "é"), "%s=%d" % ("π", 3))
print(str(bytes("€", "utf-8"), "utf-8"), bytes("€", "utf-8"))
t = ""
for c in reversed("✓→←"):
    t += c
print(t, t[1], t[1:], len(t))
