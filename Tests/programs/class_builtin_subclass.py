# __set_name__ and descriptors, __new__ singletons, nested classes, subclasses of list/dict/int/tuple/str
class Named:
    def __set_name__(self, owner, name):
        print('set_name', owner.__name__, name)
        self.name = name
    def __get__(self, obj, cls):
        return 'got ' + self.name
class H:
    a = Named()
    b = Named()
print(H().a, H().b)
class Single:
    _inst = None
    def __new__(cls):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
print(Single() is Single())
def deco(cls):
    cls.tag = 'decorated'
    return cls
@deco
class K:
    pass
print(K.tag)
class Outer:
    class Inner:
        def who(self): return 'inner'
    def make(self): return self.Inner()
print(Outer().make().who(), Outer.Inner.__qualname__, Outer.Inner.__name__)
class L(list):
    def push(self, x):
        self.append(x)
        return self
l = L([1, 2])
l.push(3).push(4)
print(l, len(l), l[1], l[-1], type(l).__name__, isinstance(l, list), l == [1, 2, 3, 4], 3 in l)
print([x * 2 for x in l], sum(l))
class D(dict):
    def get2(self, k):
        return self[k] * 2
d = D(a=1)
d['b'] = 5
print(d.get2('b'), len(d), 'a' in d, sorted(d.keys()))
class I(int):
    def double(self): return self * 2
i = I(21)
print(i, i + 1, i.double(), type(i).__name__, isinstance(i, int))
class T(tuple):
    pass
print(T((1, 2)), len(T((1, 2, 3))))
class S(str):
    def shout(self): return self.upper() + '!'
print(S('hi').shout(), S('ab') + 'c', len(S('abc')))
class Base:
    def __init_subclass__(cls): print('init_subclass', cls)
class Vec:
    __slots__ = ['x']
    def __init__(self, x): self.x = x
print(Vec(3).x)
class WithEq:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
print(WithEq(1) in [WithEq(2), WithEq(1)], [WithEq(1), WithEq(2)].index(WithEq(2)), [WithEq(3)].count(WithEq(3)))
try:
    {WithEq(1): 1}
except TypeError as e:
    print('TypeError', e)
class Num:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
    def __int__(self): return self.v
    def __float__(self): return 1.5
print(int(Num(7)))
class Meth:
    def m(self): return 1
mm = Meth().m
print(mm(), type(mm).__name__)
print(Meth.m(Meth()))
