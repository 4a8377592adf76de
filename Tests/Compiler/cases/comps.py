data = [3, 1, 2]
sq = [x * x for x in data]
ev = [x for x in range(10) if x % 2 if x > 2]
pairs = [(a, b) for a in data for b in "ab"]
d = {k: v for k, v in [(1, 2), (3, 4)]}
total = sum(x for x in data)
g = (y + 1 for y in data)
f = lambda: 0
h = lambda a, b=2, *c, **d: a + b
key = sorted(data, key=lambda v: -v)


def scale(n, items):
    return [n * i for i in items]


def adder(n):
    return lambda x: x + n


print(sq, ev, pairs, d, total, list(g), f(), h(1), key, scale(2, data), adder(1)(2))
