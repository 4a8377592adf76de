# rich comparison special methods, reflected comparisons, sorting objects, == fallback to identity
class Ver:
    def __init__(self, s):
        self.t = tuple(int(p) for p in s.split("."))
        self.s = s
    def __repr__(self):
        return "Ver(%s)" % self.s
    def __eq__(self, o):
        return isinstance(o, Ver) and self.t == o.t
    def __ne__(self, o):
        return not self == o
    def __lt__(self, o):
        return self.t < o.t
    def __le__(self, o):
        return self.t <= o.t
    def __gt__(self, o):
        return self.t > o.t
    def __ge__(self, o):
        return self.t >= o.t
a = Ver("1.2.3")
b = Ver("1.10")
c = Ver("1.2.3")
print(a < b, a <= b, a > b, a >= b, a == b, a != b, a == c, a != c, a == "1.2.3")
print(sorted([Ver("2.0"), Ver("1.0.1"), Ver("1.0"), Ver("0.9")]))
print(max([a, b]), min([a, b]), a in [b, c], [a].index(c))
class OnlyLt:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        print("lt", self.v, o.v)
        return self.v < o.v
p = OnlyLt(1)
q = OnlyLt(2)
print(p < q)
try:
    print(q > p)
except TypeError as e:
    print("TypeError", e)
class Plain:
    pass
x = Plain()
y = Plain()
print(x == x, x == y, x != y, x is x, [x].count(x))
class AlwaysEq:
    def __eq__(self, o):
        return True
print(AlwaysEq() == 5, 5 == AlwaysEq(), AlwaysEq() != 5)
try:
    Plain() < Plain()
except TypeError as e:
    print("TypeError", e)
print(1 < 2 < 3, 3 > 2 > 2, 1 == 1.0 == True)
