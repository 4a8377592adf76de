# % formatting of objects with __int__ (%d, %x) and __float__ (%f, %e, %g), and the TypeError without one
class N:
    def __int__(self):
        return 42
print("%d|%5d|%x" % (N(), N(), 255))
class F:
    def __float__(self):
        return 2.5
class Bad:
    def __float__(self):
        return "x"
print("%.2f %e %g" % (F(), F(), F()), float(F()))
for o in [Bad(), object(), "s"]:
    try:
        print("%f" % o)
    except TypeError as e:
        print("TypeError", e)
