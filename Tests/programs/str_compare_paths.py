# str compared with str, and with other types, through each path BINARY_OP takes: the same object, equal text
# in different objects (made by slicing, joining and repeating), prefixes, lengths, non-ASCII text, and the empty str.
words = ["", "a", "ab", "abc", "b", "B", "zz", "\u00e9", "\u00e9t\u00e9", "\u4e2d", "a\u4e2d"]
made = ["abc"[:0], "abc"[:1], "ab" + "", "".join(["a", "b", "c"]), "b" * 1, "B", "z" * 2, "\u00e9t\u00e9"[:1],
        "\u00e9t\u00e9"[0:3], "x\u4e2d"[1:], "a" + "\u4e2d"]
for x in words:
    row = []
    for y in made:
        row.append("".join(str(int(c)) for c in (x < y, x <= y, x == y, x != y, x > y, x >= y)))
    print(repr(x), " ".join(row))

# equal text, hashed first (as dict keys are) or not
d = {}
for i in range(len(words)):
    d[words[i]] = i
for y in made:
    print(repr(y), y in d, d.get(y, -1))

# the same object
s = "same"
print(s == s, s != s, s < s, s <= s, s > s, s >= s)

# another type on either side: == and != are False and True, ordering raises TypeError
for other in (1, 1.5, None, ["a"], ("a",)):
    print(repr(other), "a" == other, "a" != other, other == "a", other != "a")
    for name, f in (("<", lambda a, b: a < b), ("<=", lambda a, b: a <= b), (">", lambda a, b: a > b),
                    (">=", lambda a, b: a >= b)):
        try:
            print(name, f("a", other))
        except TypeError as e:
            print(name, "TypeError", e)
        try:
            print(name, f(other, "a"))
        except TypeError as e:
            print(name, "TypeError", e)
