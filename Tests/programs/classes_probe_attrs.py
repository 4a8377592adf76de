# bool is not an int subclass, builtin subclasses, __repr__/__str__ fallbacks, type() and attribute builtins
print(isinstance(True, int), issubclass(bool, int), bool.__bases__, int.__bases__)
class E(Exception):
    def __init__(self, a, b):
        pass
print(E(1,2).args)
class E2(Exception):
    def __init__(self, a, b):
        super().__init__('msg')
print(E2(1,2).args)
class E3(ValueError):
    pass
try:
    raise E3('bad')
except ValueError as e:
    print('caught', type(e), e, repr(e))
class L(list):
    def __init__(self, *a):
        super().__init__(*a)
        self.extra = 1
l = L([1,2,3])
print(l, len(l), l[0], repr(l), l.extra, type(l))
l.append(4); print(l)
class L2(list): pass
print(L2((1,2)), L2())
class Dd(dict):
    def __missing__(self, k): return 0
d = Dd(a=1)
print(d, d['a'])
class R:
    def __repr__(self): return 'R()'
print(R(), str(R()), repr(R()), [R()])
class S:
    def __str__(self): return 'S-str'
print(S(), [S()][0].__str__(), repr([S()]).startswith('[<S object'))
class N:
    def __init__(self): return 5
try: N()
except TypeError as e: print(e)
try: object(1)
except TypeError as e: print(e)
class X:
    __slots__ = ('a',)
x = X(); x.a = 1; x.b = 2; print(x.a, x.b)
print(type('T', (), {})().__class__)
T = type('T', (object,), {'x': 5})
print(T.x, T().x, T.__name__)
try: type(1, 2)
except TypeError as e: print(e)
o = object(); print(type(o), repr(o))
try: o.x = 1
except AttributeError as e: print(e)
class Q: pass
q = Q()
try: q.zz
except AttributeError as e: print(e)
try: Q.zz
except AttributeError as e: print(e)
print(getattr(q, 'zz', 7), hasattr(q, 'zz'))
setattr(q, 'zz', 8); print(q.zz); delattr(q, 'zz'); print(hasattr(q,'zz'))
try: delattr(q, 'zz')
except AttributeError as e: print(e)
try: int.foo = 1
except (AttributeError, TypeError) as e: print(type(e), e)
class A: pass
print(hasattr(A, '__init__'), hasattr(A(), '__init__'), hasattr(A, '__new__'))
class B(object): pass
print(hasattr(B, '__init__'))
print(object.__init__, object.__new__)
class C:
    def __init__(self):
        super().__init__()
        print('C init ok')
C()
