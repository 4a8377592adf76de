# class/instance __dict__ order, NotImplemented from both __eq__, property via super, errors in __init__, inherited __repr__, class attribute deletion, __iadd__, ordering, __class__ cell
class A:
    def __init__(self):
        self.zeta = 1; self.alpha = 2; self.mid = 3; self.b = 4; self.q = 5; self.x9 = 6
    def m1(self): pass
    def m2(self): pass
    k = 1
    @property
    def p(self): return 1
print(A().__dict__)
print(list(A.__dict__.keys()))
class N1:
    def __eq__(self, o): return NotImplemented
class N2:
    def __eq__(self, o): return NotImplemented
n = N1()
print(N1() == N2(), n == n, N1() != N2(), n != n)
class Base:
    @property
    def v(self): return 'base'
class Over(Base):
    @property
    def v(self): return 'over+' + repr(type(super().v).__name__)
print(Over().v)
class Bad:
    def __init__(self): raise ValueError('in init')
try: Bad()
except ValueError as e: print('VE', e)
class R:
    def __repr__(self): return 'R<%s>' % (self.__class__.__name__,)
class R2(R): pass
print(R(), R2(), [R2()], {'k': R()}, (R(),))
class C:
    x = 1
c = C()
del C.x
print(hasattr(c, 'x'))
try:
    del C.x
except AttributeError as e: print('AE', e)
class Acc:
    def __init__(self): self.items = []
    def __iadd__(self, o): self.items.append(o); return self
a = Acc(); a += 1; a += 2; print(a.items)
class Cmp:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return 'C%d' % self.v
print(sorted([Cmp(3), Cmp(1), Cmp(2)]), min(Cmp(5), Cmp(4)))
class Ix:
    def __getitem__(self, k): return k
ix = Ix()
print(ix[1], ix['a'], ix[1:3], ix[1, 2])
class Stat:
    @staticmethod
    def f(*a): return a
print(Stat.f(1, 2), Stat().f(3))
print(isinstance(Stat.f, type(lambda: 0)))
class WithCls:
    def who(self): return __class__.__name__
print(WithCls().who())
e = Exception('a', 'b')
print(e.args[1], len(e.args))
try:
    raise ValueError
except ValueError as ex:
    print(repr(ex), ex.args)
class MyIter:
    def __iter__(self): return iter([1, 2])
print(list(MyIter()), tuple(MyIter()), sum(MyIter()), 2 in MyIter())
a1, a2 = MyIter(); print(a1, a2)
print(*MyIter())
print(type(None).__name__, type(NotImplemented).__name__ == '')
