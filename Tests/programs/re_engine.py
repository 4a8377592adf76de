import re
def show(m):
    if m is None:
        print(None)
    else:
        print([m.group(i) for i in range(10) if i < 1 + 8 and _ok(m, i)])
def _ok(m, i):
    try:
        m.group(i)
        return True
    except IndexError:
        return False
pats = ["a", "a*", "a+b", "ab?c", "a|b|c", "(a)(b)?", "(?:ab)+", "[a-c]+", "[^a-c]+", "\\d+", "\\D+", "\\s+", "\\S+",
        "\\w+", "\\W+", "[\\d.]+", "^ab", "ab$", "a.c", "(a|b)*c", "a*?b", "a+?", "a??", "(x(y)z)", "\\.", "[-a]",
        "[a-]", "a{2}", "([0-9]+)-([0-9]+)"]
subjects = ["", "a", "aaab", "abc", "ac", "xyz", "12-34", "a.c", "  x ", "ab", "cab", "a{2}", "xyzab", "-a", "bbc"]
for p in pats:
    r = re.compile(p)
    for s in subjects:
        print(p, repr(s), end=" ")
        show(r.match(s))
        print("  search", end=" ")
        show(r.search(s))
print(re.match("a", "a"), type(re.compile("a")), type(re.match("a", "a")))
r = re.compile("b+")
print(r.search("abbbc", 2).group(0), r.search("abbbc", 0, 2).group(0), r.match("abbbc", 1, 3).group(0), r.search("abc", 5))
print(r.split("abbcbd"), r.split("abbcbd", 1), re.compile(",").split("a,b,,c"), re.compile("x*").split("axb"))
try:
    re.compile("(a),").split("a,b")
except NotImplementedError as e:
    print("NotImplementedError", e)
print(re.sub("a", "X", "banana"), re.sub("a", "X", "banana", 1), re.sub("(an)", "<\\1>", "banana"),
      re.sub("(a)(n)", "\\g<2>\\g<1>", "banana"), re.sub("z", "X", "banana"), re.sub("a", "\\\\", "aa"))
print(re.sub("[aeiou]", lambda m: m.group(0).upper(), "hello world"), re.sub(b"o", b"0", b"foo"))
print(re.compile("x*").sub("-", "abc"), re.sub("n", "N", "banana", 0))
for p in ["a)", "(a", "*a", "a\\", "[a", "a**", "a|*", "+", "(?:", "[]"]:
    try:
        re.compile(p)
        print(p, "ok")
    except ValueError as e:
        print(p, "ValueError", e)
try:
    re.sub("(a)", "\\2", "a")
except IndexError as e:
    print("IndexError", e)
try:
    re.match("(a)", "a").group(2)
except IndexError as e:
    print("IndexError", e)
m = re.match(b"(\\w+) (\\w+)", b"hello world!")
print(m.group(0), m.group(1), m.group(2))
m = re.search("é+", "caféé!")
print(m.group(0))
print(re.match("[a-z]+@[a-z]+\\.com", "bob@example.com").group(0))
