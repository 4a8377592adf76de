s = "abcdef"
l = list(range(10))
print(s[1:3], s[:2], s[3:], s[:], s[::2], s[1::], s[::-1], s[1:5:2], l[-3:])
l[2:4] = [0]
del l[:1]
t = {1, 2, 3}
d = {}
d[1, 2] = 3
print(l, t, d[1, 2], len({"a"}))
