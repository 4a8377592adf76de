# every operator special method, reflected and failing forms, int subclass hashing, __bool__ raising, class attributes shared with subclasses, __getattr__ raising AttributeError
class N:
    def __init__(self, v): self.v = v
    def __repr__(self): return 'N(%r)' % (self.v,)
    def __pos__(self): return N(+self.v)
    def __neg__(self): return N(-self.v)
    def __abs__(self): return N(abs(self.v))
    def __invert__(self): return N(~self.v)
    def __floordiv__(self, o): return N(self.v // o)
    def __truediv__(self, o): return N(self.v / o)
    def __mod__(self, o): return N(self.v % o)
    def __pow__(self, o): return N(self.v ** o)
    def __lshift__(self, o): return N(self.v << o)
    def __rshift__(self, o): return N(self.v >> o)
    def __and__(self, o): return N(self.v & o)
    def __or__(self, o): return N(self.v | o)
    def __xor__(self, o): return N(self.v ^ o)
    def __matmul__(self, o): return 'matmul'
    def __rsub__(self, o): return N(o - self.v)
    def __rpow__(self, o): return N(o ** self.v)
    def __rtruediv__(self, o): return N(o / self.v)
    def __divmod__(self, o): return 'dm'
    def __int__(self): return self.v
    def __float__(self): return float(self.v)
    def __le__(self, o): return self.v <= o
    def __ge__(self, o): return self.v >= o
n = N(6)
print(+n, -n, abs(N(-3)), ~n, n // 4, n / 4, n % 4, n ** 2, n << 1, n >> 1, n & 3, n | 1, n ^ 5, n @ n)
print(10 - n, 2 ** n, 3 / n, divmod(n, 2), int(n), float(n), n <= 6, n >= 7)
m = N(1)
m = N(m.v)
print(m)
try:
    m *= 2
except TypeError as e:
    print('TE', e)
try:
    5 * n
except TypeError as e:
    print('TE', e)
try:
    -object()
except TypeError as e:
    print('TE', e)
class H(int):
    pass
print(hash(H(5)), H(5) == 5, {H(5): 'x'}[5], H(3) < 4, H(2) * 3, -H(2))
class B:
    def __bool__(self): raise ValueError('nobool')
try:
    if B(): pass
except ValueError as e: print('VE', e)
class OnlyIter:
    def __iter__(self): return iter([1, 2, 3])
print(2 in OnlyIter(), 5 in OnlyIter())
class Cls:
    items = []
class Sub(Cls): pass
Sub.items.append(1); print(Cls.items)
Sub.items = [2]; print(Cls.items, Sub.items)
class Fac:
    def __init__(self, v): self.v = v
    def clone(self): return type(self)(self.v + 1)
class Fac2(Fac): pass
print(type(Fac2(1).clone()).__name__, Fac2(1).clone().v)
print(isinstance(1, (str, (int, float))), isinstance(1, ()))
class GA:
    def __getattr__(self, k):
        if k == 'ok': return 1
        raise AttributeError(k)
print(hasattr(GA(), 'ok'), hasattr(GA(), 'no'), getattr(GA(), 'no', 'dflt'))
try: GA().no
except AttributeError as e: print('AE', e)
