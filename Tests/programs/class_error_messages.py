# error messages of the class machinery (properties, reflected ops, iteration, descriptors, __new__, layout conflicts)
class A:
    @property
    def x(self): return 1
a = A()
try: a.x = 2
except AttributeError as e: print(e)
try: del a.x
except AttributeError as e: print(e)
class B:
    y = property(None)
try: B().y
except AttributeError as e: print(e)
try: issubclass(1, int)
except TypeError as e: print(e)
try: isinstance(1, 5)
except TypeError as e: print(e)
class OnlyLt:
    def __lt__(self, o): return True
try: OnlyLt() > OnlyLt()
except TypeError as e: print(e)
class P:
    def __add__(self, o): return NotImplemented
class R:
    def __radd__(self, o): return 42
print(P() + R(), 1 + R())
try: P() + 1
except TypeError as e: print(e)
x = P()
try:
    x += 1
except TypeError as e: print(e)
class C:
    def __call__(self, a, b=2): return a + b
print(C()(1), C()(1, b=5))
try: A()()
except TypeError as e: print(e)
class It:
    def __init__(self): self.i = 0
    def __iter__(self): return self
    def __next__(self):
        self.i += 1
        if self.i > 3: raise StopIteration
        return self.i
print(list(It()))
class G:
    def __getitem__(self, i):
        if i > 2: raise IndexError
        return i * 10
print(list(G()), 20 in G())
class L0:
    def __len__(self): return 0
print(bool(L0()), len(L0()))
class BB:
    def __bool__(self): return 1
print(bool(BB()))
try: iter(A())
except TypeError as e: print(e)
try: next(A())
except TypeError as e: print(e)
class H:
    def __hash__(self): return 12345
print(hash(H()))
class Ne:
    def __eq__(self, o): return 5
print(Ne() == 1, Ne() != 1)
class D:
    def __get__(self, obj, cls): return ('get', type(obj).__name__, cls.__name__)
    def __set__(self, obj, v): print('set', v)
class U:
    d = D()
u = U(); print(u.d); u.d = 9; print(U.d is not None)
class SA:
    def __setattr__(self, k, v):
        print('setattr', k, v)
        object.__setattr__(self, k, v * 2)
s = SA(); s.q = 4; print(s.q)
class GA:
    z = 1
    def __getattr__(self, k): return k + '!'
print(GA().foo, GA().z)
class Nw:
    def __new__(cls, *a):
        print('new', cls.__name__, a)
        return 5
    def __init__(self): print('init!')
print(Nw(1, 2))
class Nw2:
    def __new__(cls):
        o = super().__new__(cls)
        o.v = 3
        return o
    def __init__(self): print('init2', self.v)
Nw2()
print(type(A.__dict__['x']))
class Cm:
    @classmethod
    def make(cls): return cls.__name__
class Cm2(Cm): pass
print(Cm2.make(), Cm2().make())
print(super(Cm2, Cm2()).make())
class A: pass
class B(A): pass
try: A.p = property(lambda s: 1)
except AttributeError as e: print(e)
class L1(list): pass
class L2(list): pass
try:
    class C(L1, L2): pass
except TypeError as e: print(e)
try:
    class F(type(len)): pass
except TypeError as e: print(e)
class L(list):
    def __init__(self):
        self.append(1)
try: L()
except AttributeError as e: print(e)
try: ValueError().x = 1
except AttributeError as e: print(e)
try: ValueError('a', k=1)
except TypeError as e: print(e)
print(repr(KeyError(5)), str(KeyError(5)))
class E(Exception):
    def __init__(self, a, b=1): pass
try: E(1, b=2)
except TypeError as e: print('TE', e)
