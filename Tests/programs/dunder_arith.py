# arithmetic special methods: forward, reflected, in-place (and fallback to forward), unary, matmul
class V:
    def __init__(self, *c):
        self.c = list(c)
    def __repr__(self):
        return "V" + repr(tuple(self.c))
    def _zip(self, o, f):
        if isinstance(o, V):
            return V(*[f(a, b) for a, b in zip(self.c, o.c)])
        return V(*[f(a, o) for a in self.c])
    def __add__(self, o):
        return self._zip(o, lambda a, b: a + b)
    def __radd__(self, o):
        return V(*[o + a for a in self.c])
    def __sub__(self, o):
        return self._zip(o, lambda a, b: a - b)
    def __rsub__(self, o):
        return V(*[o - a for a in self.c])
    def __mul__(self, o):
        return self._zip(o, lambda a, b: a * b)
    def __rmul__(self, o):
        return V(*[o * a for a in self.c])
    def __truediv__(self, o):
        return self._zip(o, lambda a, b: a / b)
    def __floordiv__(self, o):
        return self._zip(o, lambda a, b: a // b)
    def __mod__(self, o):
        return self._zip(o, lambda a, b: a % b)
    def __pow__(self, o):
        return self._zip(o, lambda a, b: a ** b)
    def __matmul__(self, o):
        return sum(a * b for a, b in zip(self.c, o.c))
    def __and__(self, o):
        return self._zip(o, lambda a, b: a & b)
    def __or__(self, o):
        return self._zip(o, lambda a, b: a | b)
    def __xor__(self, o):
        return self._zip(o, lambda a, b: a ^ b)
    def __lshift__(self, o):
        return self._zip(o, lambda a, b: a << b)
    def __rshift__(self, o):
        return self._zip(o, lambda a, b: a >> b)
    def __neg__(self):
        return V(*[-a for a in self.c])
    def __pos__(self):
        return V(*[+a for a in self.c])
    def __invert__(self):
        return V(*[~a for a in self.c])
    def __abs__(self):
        return V(*[abs(a) for a in self.c])
    def __rtruediv__(self, o):
        return V(*[o / a for a in self.c])
    def __rfloordiv__(self, o):
        return V(*[o // a for a in self.c])
    def __rmod__(self, o):
        return V(*[o % a for a in self.c])
    def __rpow__(self, o):
        return V(*[o ** a for a in self.c])
    def __rand__(self, o):
        return V(*[o & a for a in self.c])
    def __ror__(self, o):
        return V(*[o | a for a in self.c])
    def __rxor__(self, o):
        return V(*[o ^ a for a in self.c])
    def __rlshift__(self, o):
        return V(*[o << a for a in self.c])
    def __rrshift__(self, o):
        return V(*[o >> a for a in self.c])
a = V(6, 12)
b = V(4, 5)
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** V(2, 1), a @ b)
print(a & b, a | b, a ^ b, a << V(1, 2), a >> V(1, 2))
print(a + 1, 1 + a, 10 - a, a * 3, 3 * a, 24 / a, 25 // a, 25 % a, 2 ** b)
print(7 & a, 1 | a, 3 ^ a, 1 << b, 256 >> b)
print(-a, +a, ~a, abs(V(-1, 2)))
class Acc:
    def __init__(self, v):
        self.v = v
    def __iadd__(self, o):
        self.v += o
        print("iadd", o)
        return self
    def __isub__(self, o):
        self.v -= o
        print("isub", o)
        return self
    def __mul__(self, o):
        print("mul (fallback for *=)", o)
        return Acc(self.v * o)
x = Acc(1)
y = x
x += 5
x -= 2
print(x is y, x.v)
x *= 3
print(x is y, x.v, y.v)
c = V(1, 2)
c += V(10, 10)
c -= 1
c *= 2
c //= V(3, 3)
c **= 2
c %= 5
c @= V(1, 1)
print(c)
d = V(8, 9)
d /= 2
print(d)
d = V(8, 9)
d &= 3
d |= 8
d ^= 1
d <<= 1
d >>= 2
print(d)
class OnlyAdd:
    def __add__(self, o):
        return NotImplemented
try:
    OnlyAdd() + 1
except TypeError as e:
    print("TypeError", e)
