# classes: instances, class vs instance attributes, __init__, methods, isinstance, type()
class Point:
    dims = 2
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm2(self):
        return self.x * self.x + self.y * self.y
    def moved(self, dx, dy=0):
        return Point(self.x + dx, self.y + dy)
p = Point(3, 4)
q = p.moved(1)
print(p.x, p.y, p.norm2(), q.x, q.y, Point.dims, p.dims)
p.dims = 3
print(p.dims, Point.dims, q.dims)
Point.dims = 4
print(p.dims, q.dims)
print(isinstance(p, Point), isinstance(3, Point), type(p) is Point, type(p).__name__, Point.__name__)
class Empty:
    pass
e = Empty()
e.anything = [1]
e.anything.append(2)
print(e.anything, hasattr(e, "anything"), hasattr(e, "nothing"))
print(getattr(e, "nothing", "default"), getattr(p, "x"))
setattr(e, "dyn", 5)
print(e.dyn)
delattr(e, "dyn")
print(hasattr(e, "dyn"))
class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1
        self.id = Counter.count
cs = [Counter() for _ in range(3)]
print([c.id for c in cs], Counter.count)
class WithClassBody:
    values = [i * i for i in range(4)]
    total = 0
    for v in values:
        total += v
    def get(self):
        return self.total
print(WithClassBody.values, WithClassBody.total, WithClassBody().get())
try:
    p.missing
except AttributeError as err:
    print("AttributeError", err)
try:
    Point(1)
except TypeError as err:
    print("TypeError", err)
class Chain:
    def __init__(self):
        self.ops = []
    def do(self, name):
        self.ops.append(name)
        return self
print(Chain().do("a").do("b").do("c").ops)
print(type(Point), type(Point) is type, isinstance(Point, type), issubclass(Point, object))
