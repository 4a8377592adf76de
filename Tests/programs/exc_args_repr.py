# exception objects: args, str and repr for 0/1/many args, custom __str__, attributes, StopIteration value
for e in [Exception(), Exception("one"), Exception("a", 2), ValueError(3.5), KeyError("key"), KeyError(1, 2),
          IndexError(), TypeError(None), RuntimeError([1, 2])]:
    print(repr(e), "|", str(e), "|", e.args, "|", len(e.args))
class WithStr(Exception):
    def __str__(self):
        return "custom str"
w = WithStr("ignored")
print(str(w), repr(w), w.args)
class WithAttrs(Exception):
    def __init__(self, a, b):
        super().__init__(a)
        self.a = a
        self.b = b
x = WithAttrs(1, 2)
print(x.a, x.b, x.args, str(x), repr(x))
s = StopIteration(7)
print(s.value, s.args, repr(s))
print(type(Exception("x")).__name__, Exception.__name__, ValueError.__name__)
class NoInit(ValueError):
    pass
print(repr(NoInit("a", "b")), NoInit("q").args, isinstance(NoInit(), ValueError))
print(repr(SystemExit(3)), repr(KeyboardInterrupt()))
