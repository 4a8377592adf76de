# closures capture variables (cells), not values; cells shared between closures; nested levels
def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    def get():
        return n
    return inc, get
inc, get = counter()
inc()
inc()
print(get(), inc(), get())
inc2, get2 = counter()
print(inc2(), get())
fs = []
for i in range(3):
    fs.append(lambda: i)
print([f() for f in fs])
gs = [lambda i=i: i for i in range(3)]
print([g() for g in gs])
def make_adders():
    return [lambda x, k=k: x + k for k in range(3)]
print([a(10) for a in make_adders()])
def three_levels(a):
    def mid(b):
        def inner(c):
            return a + b + c
        return inner
    return mid
print(three_levels(1)(20)(300))
def late():
    def f():
        return v
    v = "bound later"
    return f
print(late()())
def arg_cell(x):
    def g():
        return x * 2
    x += 1
    return g
print(arg_cell(5)())
def gen_closure():
    total = 0
    def add(v):
        nonlocal total
        total += v
    for k in range(5):
        add(k)
    return total
print(gen_closure())
def comp_capture(n):
    return [n * j for j in range(4)]
print(comp_capture(3))
def cell_and_loop():
    out = []
    acc = 0
    def push():
        out.append(acc)
    while acc < 3:
        acc += 1
        push()
    return out
print(cell_and_loop())
def deleter():
    v = 1
    def read():
        return v
    del v
    try:
        read()
    except NameError as e:
        print("NameError", e)
deleter()
