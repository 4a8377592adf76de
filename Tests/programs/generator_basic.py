# generators: lazy evaluation, exhaustion, StopIteration, return value, generator expressions
def count_up(n):
    print("start")
    for i in range(n):
        print("yield", i)
        yield i
    print("end")
g = count_up(3)
print(type(g).__name__)
print(next(g))
print(next(g))
for v in g:
    print("loop", v)
try:
    next(g)
except StopIteration:
    print("StopIteration after end")
def with_return():
    yield 1
    return "done"
h = with_return()
print(next(h))
try:
    next(h)
except StopIteration as e:
    print("StopIteration value:", e.value, e.args)
def infinite():
    n = 0
    while True:
        yield n
        n += 1
inf = infinite()
print([next(inf) for _ in range(5)])
print(list(x * x for x in range(6)), sum(x for x in range(101)), max(len(w) for w in ["a", "abc", "ab"]))
ge = (c.upper() for c in "gen")
print(next(ge), list(ge), list(ge))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
out = []
for f in fib():
    if f > 100:
        break
    out.append(f)
print(out)
def pairs(seq):
    it = iter(seq)
    for a in it:
        yield a, next(it, None)
print(list(pairs([1, 2, 3, 4, 5])))
def empty():
    return
    yield
print(list(empty()), list(zip(count_up(2), "ab")))
print(list(enumerate(x for x in "xy")), dict((k, k * 2) for k in range(3)))
def gen_in_gen():
    for i in range(3):
        yield (j for j in range(i))
print([list(g) for g in gen_in_gen()])
