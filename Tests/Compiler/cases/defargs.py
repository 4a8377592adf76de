def f(a, b=2, c=3):
    return a + b + c


def g(*args, **kw):
    return len(args), kw


def h(a, *rest, key=5, other):
    return a, rest, key, other


def k(x, *, y=1, z):
    return x + y + z


def m(p, q=(1, 2), *r):
    def inner(s=p):
        return s + q[0]
    return inner


print(f(1), f(1, 5), g(1, 2, x=3), h(1, 2, 3, other=4), k(1, z=2), m(1)())
