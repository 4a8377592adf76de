import io
def gen():
    try:
        yield 1
    except ValueError as e:
        print("caught", repr(e.args))
    yield 2
g = gen()
print(next(g), g.throw(ValueError, ValueError(123)))
def deleg():
    yield from range(3)
    print("not reached")
d = deleg()
print(next(d))
try:
    d.throw(StopIteration)
except RuntimeError as e:
    print("RuntimeError", e)
class A:
    def meth(self):
        return 1
a = A()
print(a.meth.__name__)
class Sink(io.IOBase):
    def __init__(self):
        self.parts = []
    def write(self, buf):
        self.parts.append(bytes(buf))
        return len(buf)
s = Sink()
print("x", 12, sep="/", file=s)
print(s.parts)
