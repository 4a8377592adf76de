l = [1, 2, 3]
t = (a, b) = (4, 5)
d = {'k': 1, 'v': [l, t]}
e = {}
print(l[0], t[1], d['k'], len(e))
l[1] = 9
d['n'] = l
l[0] += 5
print(l, d, e, [], ())
print("x".join(["a", "b"]), l.count(9), d.get('k', 0))
print("a", "b", sep="-", end="!\n")
