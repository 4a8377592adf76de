# properties: getter, setter, deleter, computed and validated attributes, inheritance
class Temp:
    def __init__(self, c):
        self._c = c
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError("below absolute zero")
        self._c = v
    @celsius.deleter
    def celsius(self):
        print("deleting")
        self._c = None
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
t = Temp(100)
print(t.celsius, t.fahrenheit)
t.celsius = 0
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError", e)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print("AttributeError")
del t.celsius
print(t.celsius)
class Rect:
    def __init__(self, w, h):
        self.w = w
        self.h = h
    def _area(self):
        return self.w * self.h
    area = property(_area)
class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)
    @property
    def side(self):
        return self.w
print(Rect(2, 3).area, Square(4).area, Square(5).side)
class Lazy:
    def __init__(self):
        self.calls = 0
    @property
    def value(self):
        self.calls += 1
        return self.calls * 10
lz = Lazy()
print(lz.value, lz.value, lz.calls)
print(type(Temp.celsius).__name__)
