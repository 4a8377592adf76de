# multiple inheritance: attribute lookup order (MicroPython's depth-first MRO), overriding, isinstance
class Base:
    def who(self):
        return "Base"
    def base_only(self):
        return "base_only"
    tag = "base"
class Left(Base):
    def who(self):
        return "Left"
    tag = "left"
class Right(Base):
    def who(self):
        return "Right"
    def right_only(self):
        return "right_only"
    tag = "right"
class Child(Left, Right):
    pass
class Child2(Right, Left):
    pass
c = Child()
c2 = Child2()
print(c.who(), c.tag, c.right_only(), c.base_only())
print(c2.who(), c2.tag)
print(isinstance(c, Left), isinstance(c, Right), isinstance(c, Base), issubclass(Child, Right), issubclass(Left, Right))
class A:
    def m(self):
        return "A"
class B(A):
    pass
class C(A):
    def m(self):
        return "C"
class D(B, C):
    pass
print(D().m())
class X:
    x = "X"
class Y:
    x = "Y"
    y = "Y"
class Z(X, Y):
    pass
print(Z.x, Z.y, Z().x)
print(Child.__bases__, Z.__bases__, Z.__name__)
class Mixin:
    def describe(self):
        return "%s(%s)" % (type(self).__name__, self.name())
class Named:
    def name(self):
        return "named"
class Thing(Mixin, Named):
    pass
print(Thing().describe())
class Init1:
    def __init__(self):
        self.a = 1
class Init2:
    def __init__(self):
        self.b = 2
class Both(Init1, Init2):
    pass
bo = Both()
print(hasattr(bo, "a"), hasattr(bo, "b"))
