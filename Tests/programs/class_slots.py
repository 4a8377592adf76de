# __slots__ in a class body (MicroPython keeps it as a plain class attribute), plus instance __dict__
class Slotted:
    __slots__ = ("a", "b")
    def __init__(self):
        self.a = 1
        self.b = 2
s = Slotted()
print(s.a, s.b, Slotted.__slots__)
s.c = 3
print(s.c)
class Plain:
    def __init__(self):
        self.x = 1
        self.y = "two"
p = Plain()
print(sorted(p.__dict__.items()))
p.z = 3.0
print(sorted(p.__dict__), len(p.__dict__))
class WithClassDict:
    k = 1
    def m(self):
        pass
print("k" in WithClassDict.__dict__, "m" in WithClassDict.__dict__, "nope" in WithClassDict.__dict__)
