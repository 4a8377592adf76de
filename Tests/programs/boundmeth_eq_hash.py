# bound methods: == and != (same function and self), hash, and __name__
class A:
    def f(self):
        return 1
a = A()
m1, m2 = a.f, a.f
print(m1 == m2, m1 != a.f, A().f == A().f, a.f == None, None != a.f, {m1: 1}[m2])
print(type(hash([].pop)), hash(len) == hash(len))
l = [1]
print(l.pop == l.pop, hash(l.pop) == hash(l.pop))
class B:
    def meth(self):
        return 1
b = B()
print(b.meth.__name__)
