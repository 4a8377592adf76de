# making instances and classes: __init__ must return None, object() takes no args, __slots__ (not enforced by
# MicroPython), type(name, bases, dict), object's __init__ and __new__, super().__init__() up to object
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
