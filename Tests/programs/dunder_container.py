# container protocol: __getitem__/__setitem__/__delitem__, __len__, __contains__, __iter__/__next__
class Grid:
    def __init__(self, w, h):
        self.w = w
        self.h = h
        self.cells = {}
    def __getitem__(self, key):
        if isinstance(key, tuple):
            x, y = key
            if not (0 <= x < self.w and 0 <= y < self.h):
                raise IndexError("cell out of range")
            return self.cells.get(key, ".")
        raise TypeError("need (x, y)")
    def __setitem__(self, key, v):
        self.cells[key] = v
    def __delitem__(self, key):
        del self.cells[key]
    def __len__(self):
        return len(self.cells)
    def __contains__(self, v):
        return v in self.cells.values()
g = Grid(3, 2)
g[0, 0] = "a"
g[2, 1] = "b"
print(g[0, 0], g[1, 1], g[2, 1], len(g), "a" in g, "z" in g, "z" not in g)
del g[0, 0]
print(len(g), g[0, 0], bool(g))
try:
    g[5, 5]
except IndexError as e:
    print("IndexError", e)
try:
    g["x"]
except TypeError as e:
    print("TypeError", e)
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(4)), sum(Countdown(10)), [x * 2 for x in Countdown(3)])
for v in Countdown(2):
    print("v", v)
class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError
        return i * 10
print(list(Seq()), 20 in Seq(), [v for v in Seq()])
class GenIter:
    def __init__(self, items):
        self.items = items
    def __iter__(self):
        for x in self.items:
            yield x.upper()
print(list(GenIter(["a", "b"])), "B" in GenIter(["b"]), sorted(GenIter(["z", "y"])))
it = iter(Countdown(2))
print(next(it), next(it), next(it, "exhausted"))
a, b, c = Countdown(3)
print(a, b, c)
class Dflt(dict):
    def __missing__(self, k):
        return k * 2
d = Dflt()
d[1] = "x"
print(d[1], d.get(3))
