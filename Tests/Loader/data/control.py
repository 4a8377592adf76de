# Control flow for the loader's verifier and fuzz seeds: loops with break/continue through handlers
# (UNWIND_JUMP), comprehensions, closures, generators, with-blocks, star-unpacking and calls of every form.
def loops(n):
    total = 0
    for i in range(n):
        try:
            if i % 3 == 0:
                continue
            if i > 7:
                break
            total += i
        finally:
            total += 1
    while total > 100:
        total -= 7
    return total

def comps(xs):
    a = [x * x for x in xs if x % 2]
    b = {x: str(x) for x in xs}
    c = {x % 3 for x in xs}
    d = sum(x for x in xs)
    return a, b, c, d

def unpack(seq):
    first, *mid, last = seq
    p, q = q, p = 1, 2
    return first, mid, last, p, q

def calls(f, *a, **k):
    return f(*a, **k), f(1, *a), f(x=1, **k), [].count(1)

class Res:
    def __enter__(self):
        return 42
    def __exit__(self, t, v, tb):
        print("exit", t)
        return True

def with_raise():
    with Res() as r:
        raise KeyError(r)
    return "swallowed"

def counter():
    n = 0
    def inc(step=1):
        nonlocal n
        n += step
        return n
    return inc

def chained(a, b):
    return a < b <= 10 and not a == b or a is None

print(loops(12), comps([1, 2, 3]), unpack("abcd"), calls(lambda *a, **k: (a, k), 5))
print(with_raise(), counter()(3), chained(1, 2), -1099511627776 // 3, 1.0e-300 * 1e-300)
