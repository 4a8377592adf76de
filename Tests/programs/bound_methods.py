# bound methods: binding, storing, calling later, methods of builtins, __self__-free comparisons
class Acc:
    def __init__(self, start):
        self.total = start
    def add(self, v):
        self.total += v
        return self
    def get(self):
        return self.total
a = Acc(10)
add = a.add
add(5)
add(7)
print(a.get(), a.add(1).add(2).get())
m = a.get
print(m(), Acc.get(a), Acc.add(a, 100).total)
b = Acc(0)
fs = [a.get, b.get]
b.add(3)
print([f() for f in fs])
l = []
push = l.append
for i in range(4):
    push(i * i)
print(l)
up = "shout".upper
print(up(), "-".join(["a", "b"]))
d = {}
setter = d.__setitem__
setter("k", "v")
print(d, d.__getitem__("k"))
class Cb:
    def __init__(self):
        self.log = []
    def handler(self, ev):
        self.log.append(ev)
c = Cb()
handlers = [c.handler, print]
for h in handlers:
    h("event")
print(c.log)
print(type(a.add).__name__, callable(a.add))
class WithStatic:
    @staticmethod
    def s(x):
        return x + 1
    def plain(self):
        return "plain"
w = WithStatic()
print(w.s(1), WithStatic.s(2), w.plain(), WithStatic.plain(w))
f = WithStatic.plain
print(f(w))
print(list(map(Acc(1).add, [1, 2]))[0].total)
