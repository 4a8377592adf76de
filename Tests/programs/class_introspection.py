# what classes tell about themselves: MRO, __bases__, type(), __name__, __dict__, __class__, the built-in type
# objects, isinstance/issubclass (bool is not an int subclass), and a class with __eq__ but no __hash__
print(isinstance(True, int), issubclass(bool, int), bool.__bases__, int.__bases__)
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
print(A.__name__, A.__qualname__ if hasattr(A,'__qualname__') else 'noqn')
print(sorted(A.__dict__.keys()))
print(a.__dict__)
print(a.__class__, A.__class__)
print(super)
print(property, classmethod, staticmethod, object)
print(NotImplemented, type(NotImplemented))
print(isinstance(1, (str, int)), issubclass(bool, int), issubclass(A, object), isinstance(A, type), isinstance(A, object))
