# VM edge cases: closures with defaults, deleted cells, yield from with send/throw/close, raise from,
# finally blocks run by return/break/continue, with-statements, unbound locals, argument binding errors.
def make(k):
    def add(x, y=10, *, z=100):
        return x + y + z + k
    return add

f = make(1)
print(f(1), f(1, 2), f(1, 2, z=3))

def cell_del():
    v = 5
    def get():
        return v
    r = get()
    del v
    try:
        get()
    except NameError as e:
        print("NameError", e)
    return r

print(cell_del())

def inner():
    got = yield 1
    print("inner got", got)
    try:
        yield 2
    except ValueError as e:
        print("inner caught", e)
        yield 3
    return "done"

def outer():
    r = yield from inner()
    print("outer result", r)
    yield 4

g = outer()
print(next(g))
print(g.send("hello"))
print(g.throw(ValueError("boom")))
print(next(g))
try:
    next(g)
except StopIteration:
    print("stopped")

def closing():
    try:
        yield 1
        yield 2
    finally:
        print("closing finally")

c = closing()
print(next(c))
c.close()
print(list(x * 2 for x in (1, 2, 3)))

try:
    try:
        1 // 0
    except ZeroDivisionError as e:
        raise KeyError("k") from e
except KeyError as e:
    print("KeyError", e)

def fin(n):
    for i in range(n):
        try:
            if i == 1:
                continue
            if i == 3:
                return "ret" + str(i)
        finally:
            print("finally", i)
    return "end"

print(fin(5))

class Ctx:
    def __init__(self, name, swallow):
        self.name = name
        self.swallow = swallow
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, t, v, tb):
        print("exit", self.name, t is not None)
        return self.swallow

with Ctx("a", True):
    raise ValueError("swallowed")
for i in range(2):
    with Ctx("b", False) as cm:
        if i == 0:
            continue
        break

def unbound():
    if False:
        x = 1
    return x

try:
    unbound()
except NameError as e:
    print("NameError", e)

def two(a, b):
    return a
for call in (lambda: two(1), lambda: two(1, 2, 3), lambda: two(1, c=2), lambda: two(1, a=2)):
    try:
        call()
    except TypeError as e:
        print("TypeError", e)

def star(*args, **kw):
    return len(args), sorted(kw)
print(star(*[1, 2], *(3,), **{"x": 1}, y=2))
a, *b, c = range(5)
print(a, b, c)
n = 0
while True:
    n += 1
    if n > 3:
        break
big = 4000000000000000000
print(n, big + big + big, -big - big - big, 7 // -2, -7 % 3)
