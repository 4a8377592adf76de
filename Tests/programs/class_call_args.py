# keyword and star arguments through __init__, super().__init__, __new__, __call__, static/class methods and exception classes
class P:
    def __init__(self, a, b=2, *args, c=3, **kw):
        self.t = (a, b, args, c, sorted(kw.items()))
print(P(1).t, P(1, b=5).t, P(a=0, c=9, z=1).t, P(1, 2, 3, 4, q=5).t)
class Q(P):
    def __init__(self, *a, **k):
        super().__init__(*a, **k)
print(Q(7, c=8).t)
class Nw:
    def __new__(cls, *a, **k):
        o = object.__new__(cls)
        o.k = sorted(k)
        return o
    def __init__(self, *a, **k): self.a = a
x = Nw(1, y=2, x=3); print(x.k, x.a)
class C:
    def __call__(self, *a, **k): return a, sorted(k.items())
print(C()(1, 2, z=3))
class SM:
    @staticmethod
    def f(a, b=1): return a + b
    @classmethod
    def g(cls, a, b=1): return cls.__name__, a + b
print(SM.f(1, b=2), SM().g(b=3, a=1))
try:
    P()
except TypeError as e:
    print('TE', e)
try:
    P(1, d=1, b=2, a=3)
except TypeError as e:
    print('TE', e)
class E(Exception):
    def __init__(self, *a, **k):
        super().__init__(*a)
        self.k = k
print(E(1, x=2).k, E(1, x=2).args)
try:
    class F(Exception): pass
    F(1, x=2)
except TypeError as e:
    print('TE', e)
