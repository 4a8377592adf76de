# kinds of class members: functions, bound methods, classmethod, staticmethod, property
try: type(len)()
except TypeError as e: print(e)
class A:
    x = 1
    def m(self): pass
    @classmethod
    def c(cls): return cls
    @staticmethod
    def s(): return 's'
print(A.c(), A().c(), A.s(), A().s())
print(type(A.m), type(A().m), type(A.c), type(A.__dict__['c']), type(A.__dict__['s']))
print(repr(A().m).startswith('<bound_method '))
print(A.__dict__['c'], A.__dict__['s'])
p = property(lambda s: 1)
print(type(p), repr(p)[:12])
class B(A): pass
print(B.c(), repr(super(B, B()).m).startswith('<bound_method '))
