l = []
l.append(1)
l.extend([2, 3])
s = "a,b,c".split(",")
d = dict(a=1, b=2)
print(l, s, d, sorted(d.keys()), "{}-{}".format(1, 2))
print(l.pop(), len(l), max(l), min(3, 4, key=None))
print()
