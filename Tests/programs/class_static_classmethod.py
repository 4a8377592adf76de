# staticmethod and classmethod: calls via class and instance, alternative constructors, subclass cls
class Date:
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
    @classmethod
    def from_string(cls, s):
        y, m, d = s.split("-")
        return cls(int(y), int(m), int(d))
    @staticmethod
    def is_leap(y):
        return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
    def __repr__(self):
        return "%s(%d, %d, %d)" % (type(self).__name__, self.y, self.m, self.d)
class MyDate(Date):
    pass
print(Date.from_string("2024-02-29"), MyDate.from_string("1999-12-31"))
print(Date.is_leap(2000), Date.is_leap(1900), Date(1, 1, 1).is_leap(2024))
print(MyDate(1, 2, 3).from_string("5-6-7"))
class Registry:
    items = []
    @classmethod
    def register(cls, x):
        cls.items.append(x)
        return len(cls.items)
    @staticmethod
    def helper():
        return "static"
print(Registry.register("a"), Registry().register("b"), Registry.items, Registry.helper(), Registry().helper())
sm = staticmethod(lambda: "wrapped")
class Holder:
    f = sm
    g = classmethod(lambda cls: cls.__name__)
print(Holder.f(), Holder().f(), Holder.g(), Holder().g())
class Sub(Holder):
    pass
print(Sub.g())
