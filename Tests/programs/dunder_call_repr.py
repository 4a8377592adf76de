# __call__, __repr__ and __str__: printing, str(), repr(), containers use repr, format with !r
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __repr__(self):
        return "Money(%d)" % self.cents
    def __str__(self):
        return "$%d.%02d" % (self.cents // 100, self.cents % 100)
m = Money(12345)
print(m, str(m), repr(m), [m], (m,), {"k": m})
print("%s %r" % (m, m), "{} {!r}".format(m, m), f"{m} {m!r}")
class OnlyRepr:
    def __repr__(self):
        return "<OnlyRepr>"
print(OnlyRepr(), str(OnlyRepr()), [OnlyRepr()])
class OnlyStr:
    def __str__(self):
        return "only-str"
print(OnlyStr(), str(OnlyStr()))
class Multiplier:
    def __init__(self, k):
        self.k = k
    def __call__(self, x, extra=0):
        return x * self.k + extra
double = Multiplier(2)
print(double(21), double(1, extra=5), list(map(double, [1, 2, 3])), callable(double), callable(m))
class Counter:
    def __init__(self):
        self.n = 0
    def __call__(self):
        self.n += 1
        return self.n
c = Counter()
c()
c()
print(c(), c.n)
try:
    m()
except TypeError as e:
    print("TypeError", e)
class Nested:
    def __init__(self, child=None):
        self.child = child
    def __repr__(self):
        return "N(" + repr(self.child) + ")"
print(Nested(Nested(Nested())))
