# assorted builtins: type checks, numeric helpers, attribute access, conversions, print options
print(abs(-3), abs(2.5), abs(-0.0), divmod(17, -5), pow(3, 4), pow(3, 4, 5), round(3.14159, 2), round(-0.5))
print(min(4, 2, 8), max("apple", "pear"), min([3, 1], key=lambda v: -v), max([], default="empty"), min((5,), default=0))
print(sum([1, 2, 3], 10), sum([0.5, 0.25]), sum([[1], [2]], []))
print(chr(65), ord("z"), hex(4096), oct(64), bin(10), str(-0), int(" -8 "), int(3.99), int(-3.99), float("0.5"))
print(isinstance(1, int), isinstance("s", (int, str)), isinstance([], list), isinstance(2.0, float), isinstance(None, object))
print(issubclass(bool, int), issubclass(int, object), issubclass(KeyError, (ValueError, LookupError)))
print(type(1), type("s"), type([]), type({}), type(()), type(set()), type(1.0), type(None), type(len), type(range(1)))
print(callable(len), callable(print), callable(1), callable(int), callable(lambda: 0))
print(len("four"), len([1, 2]), len({1: 2}), len(range(10, 0, -2)), len(b"xy"), len(set("aab")))
class Obj:
    cls_attr = "c"
o = Obj()
setattr(o, "a", 1)
print(getattr(o, "a"), getattr(o, "b", "dflt"), hasattr(o, "cls_attr"), hasattr(o, "zz"))
delattr(o, "a")
print(hasattr(o, "a"))
try:
    getattr(o, "zz")
except AttributeError as e:
    print("AttributeError", e)
print("a", "b", sep="", end="|\n")
print("x", 1, None, sep=", ")
print()
print(end="")
print("multi", "args", 3.0, [1], sep="-", end="!\n")
print(repr("s"), repr(1), repr([1, "a"]), str("s"), str(1.5))
print(bool([]), bool([0]), list(map(bool, [0, 1, "", "0"])))
print(hash("x") == hash("x"), hash(12) == 12, hash(True) == 1)
print(all([]), any([]), all([1, 2]), any([0, 0, 3]), all(x > 0 for x in [1, -1]))
print(int("0b101", 0), int("0o17", 0), int("0xff", 0), int("-0x10", 16), int("  42  "))
print(globals()["Obj"] is Obj, "o" in globals(), type(globals()).__name__)
def loc(a, b=2):
    c = a + b
    return c
print(loc(1))
print(isinstance(True, bool), isinstance(True, int), type(True) == bool, int(True))
try:
    len(5)
except TypeError as e:
    print("TypeError", e)
try:
    int("abc")
except ValueError as e:
    print("ValueError", e)
try:
    chr(-1)
except ValueError as e:
    print("ValueError", e)
try:
    ord("ab")
except TypeError as e:
    print("TypeError", e)
