# Functions whose preludes cover every field: args, kw-only args, defaults, *args, **kwargs, closures,
# generators, classes, lambdas and exception handlers.
def plain():
    return 1

def args(a, b, c=3, d=4):
    return a + b + c + d

def kwonly(a, *, k1, k2=2):
    return a, k1, k2

def star(*args, **kwargs):
    return args, kwargs

def mixed(a, b=1, *rest, key, **kw):
    return a, b, rest, key, kw

def outer(x):
    y = x + 1
    def inner(z):
        return x + y + z
    return inner

def gen(n):
    for i in range(n):
        yield i * 2

def handlers(v):
    try:
        r = 10 // v
    except ZeroDivisionError as e:
        r = -1
    finally:
        r += 1
    with open("x") if v > 100 else Ctx() as c:
        pass
    return r

class Ctx:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        return False

lam = lambda p, q=2: p * q

def lines():
    a = 1
    b = 2

    c = 3
    raise ValueError(a + b + c)

print(plain(), args(1, 2), kwonly(1, k1=5), star(1, k=2), mixed(1, key=3), outer(1)(2), list(gen(3)), handlers(2), lam(3))
lines()
