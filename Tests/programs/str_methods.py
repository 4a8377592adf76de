# str methods and operators
s = "Hello, World"
print(len(s), s[0], s[-1], s[4:9], s[100:], s[-3:])
print(s.upper(), s.lower())
print(s.find("o"), s.find("o", 5), s.rfind("o"), s.find("xyz"), s.index("W"), s.rindex("l"))
print(s.count("l"), s.count(""), s.startswith("Hell"), s.endswith("ld"), s.startswith("World", 7))
print(s.replace("l", "L"), s.replace("l", "", 2), s.split(", "), s.split("o"), s.rsplit("o", 1))
print("  pad  ".strip(), "xxhixx".strip("x"), "  a b  ".lstrip(), "  a b  ".rstrip(), "a-b-c".partition("-"), "a-b-c".rpartition("-"))
print("a b\tc\nd".split(), "a,,b".split(","), " x ".split(" "), "one two three".split(None, 1))
print(",".join(["a", "b", "c"]), "".join(map(str, range(5))), "-".join("xyz"))
print("abc".center(9) + "|", "abcd".center(2) + "|", "ab".center(5) + "|")
print("123".isdigit(), "abc".isalpha(), "a1".isalpha(), "   ".isspace(), "ABC".isupper(), "abc".islower(), "Ab".islower())
print("ab" * 3, 3 * "cd", "x" + "y", "b" in "abc", "d" not in "abc", "" in "abc")
print("abc" < "abd", "abc" < "ab", "B" < "a", "abc" == "abc", "a" != "b", max("hello"), min("hello"))
print(str(42), str(None), str([1, "a"]), repr("it's"), repr('say "hi"'), repr("both ' and \""), repr("tab\tnl\n\\"))
print(ord("A"), chr(97), chr(0x263a) == "\u263a", "%s" % "x")
print("a\x00b", len("a\x00b"), repr("\x00\x7f\x1b"))
print("CamelCase".lower().upper(), "x".join([]), "".split(","), "abcabc".replace("", "-"))
print("splitlines\nare\r\nfun".splitlines())
print("%d items" % 5, "%5.2f|%-5d|%05d" % (3.14159, 42, 7), "%x %X %o %c %r %%" % (255, 255, 8, 65, "q"))
t = "abc"
t += "def"
t *= 2
print(t, hash("abc") == hash("ab" + "c"), "abc".encode(), str(b"bytes", "utf-8"))
print(s.find(""), "".find(""), "aaa".count("aa"), "a.b.c".split(".", 1), "a b".split(" ", 0))
it = iter("xyz")
print(next(it), next(it), list(it), sorted("banana"), list(reversed("abc")))
print("{} and {}".format("this", "that"), "{1}{0}{1}".format("a", "b"), "{x}-{y}".format(x=1, y=2), "{:>6}|{:<6}|{:^6}|".format("r", "l", "c"))
print("{:08.3f} {:+d} {:x} {:b} {:e} {:g} {:,}".format(3.14159, 5, 255, 10, 12345.678, 0.00001234, 1234567))
