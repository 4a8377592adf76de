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
n = float("nan")
z = n * 1j
print(z == z, n == n, z != z, [z] == [z], 1j == 1j)
x = 1.5 + 2j
print(x == x, x is x)
