# operator special methods on a user class: reflected ops, NotImplemented, inplace fallback, comparisons, hashing, printing
class V:
    def __init__(self, x, y):
        self.x = x; self.y = y
    def __add__(self, o):
        if isinstance(o, V): return V(self.x + o.x, self.y + o.y)
        return NotImplemented
    def __radd__(self, o): return V(self.x + o, self.y + o)
    def __sub__(self, o): return V(self.x - o.x, self.y - o.y)
    def __mul__(self, k): return V(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __neg__(self): return V(-self.x, -self.y)
    def __eq__(self, o): return isinstance(o, V) and self.x == o.x and self.y == o.y
    def __hash__(self): return hash((self.x, self.y))
    def __repr__(self): return 'V(%d, %d)' % (self.x, self.y)
    def __len__(self): return 2
    def __getitem__(self, i): return (self.x, self.y)[i]
    def __iter__(self):
        yield self.x
        yield self.y
    def __contains__(self, v): return v == self.x or v == self.y
    def __bool__(self): return self.x != 0 or self.y != 0
    def __call__(self, k): return self * k
    def __lt__(self, o): return (self.x, self.y) < (o.x, o.y)
a = V(1, 2); b = V(3, 4)
print(a + b, b - a, a * 3, 3 * a, -a, 1 + a, a == V(1, 2), a != b, a == 5)
print(len(a), a[0], a[1], list(a), 2 in a, 7 in a, bool(V(0, 0)), bool(a), a(10))
print(sorted([b, a]), a < b, hash(a) == hash(V(1, 2)))
c = a
c += b
print(c, a)
try:
    a + 'x'
except TypeError as e:
    print('TypeError', e)
try:
    a > b
except TypeError as e:
    print('TypeError', e)
d = {a: 1, V(1, 2): 2}
print(len(d), d[V(1, 2)])
class W(V):
    def __repr__(self): return 'W' + super().__repr__()
w = W(5, 6)
print(w, w + a, isinstance(w, V), type(w + a).__name__)
print(repr(w), str(w), [w])
class S:
    def __str__(self): return 'S!'
print(S(), str(S()), repr(S()).startswith('<S object at '))
