# MRO, __bases__, exception str/repr for 0/1/2 args, KeyError and OSError text, type/class attributes
class A:
    def f(self): return 'A'
class B(A): pass
class C(A):
    def f(self): return 'C'
class D(B, C): pass
print(D().f())
print(D.__bases__, A.__bases__, object.__bases__)
print(type(A), type(A()), A)
a = A()
print(repr(a).startswith('<A object at '))
try:
    hash(type('X',(),{'__eq__':lambda s,o: True})())
except TypeError as e: print('TE', e)
class E(Exception): pass
e = E(1,2)
print(e, repr(e), e.args)
print(E(), repr(E()), E('x'), repr(E('x')))
print(Exception(), repr(Exception()), repr(Exception('a')), str(Exception('a',2)))
print(KeyError('k'), repr(KeyError('k')), str(KeyError()))
print(OSError(2), OSError(2,'x'), repr(OSError(2)), OSError(999), OSError('a', 'b'), OSError(2,'x',3))
print(StopIteration(5).value, StopIteration().value, OSError(5).errno, ValueError(3).value)
class F(Exception):
    def __init__(self, x):
        self.x = x
f = F(3)
print(f, repr(f), f.args, f.x)
class G(Exception):
    def __str__(self): return 'G!'
print(G(1), repr(G(1)))
print(A.__name__, A.__qualname__ if hasattr(A,'__qualname__') else 'noqn')
print(sorted(A.__dict__.keys()))
print(a.__dict__)
print(a.__class__, A.__class__)
print(super)
print(property, classmethod, staticmethod, object)
print(NotImplemented, type(NotImplemented))
print(isinstance(1, (str, int)), issubclass(bool, int), issubclass(A, object), isinstance(A, type), isinstance(A, object))
