# Names are interned as qstrs, and MicroPython's qstrs are at most 255 bytes long: a longer attribute name is
# "name too long" (RuntimeError), while a long str as a dict key or value is not a name and is fine.
class A:
    pass


a = A()
for n in (10, 255, 256, 300, 5000):
    name = "x" * n
    try:
        print(n, getattr(a, name, "default"))
    except RuntimeError as e:
        print(n, "RuntimeError:", e)
    try:
        print(n, hasattr(a, name))
    except RuntimeError as e:
        print(n, "RuntimeError:", e)

d = {"k" * 400: 1, "v": "w" * 1000}
print(len(d), len(d["v"]), d["k" * 400])
g = globals()
g["q" * 300] = 5
print(g["q" * 300])
s = "y" * 256
print(len(s), s[:3], s == "y" * 256)
