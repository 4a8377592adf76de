# for loops over generators: values, the generator's end and return value, an exception raised in it, nested
# loops and generators, break out of a loop over one, and a generator left suspended.
def g(n):
    for i in range(n):
        yield i * i
    return 99
def h():
    t = 0
    for x in g(5):
        t += x
    for x in g(0):
        t += 1000
    return t
print(h())
def bad():
    yield 1
    raise ValueError("v")
try:
    for x in bad():
        print(x)
except ValueError as e:
    print("caught", e)
def nested():
    for a in g(3):
        for b in g(2):
            yield (a, b)
print(list(nested()), [p for p in nested()])
for x in nested():
    if x == (1, 1):
        break
print(x)
it = g(4)
for x in it:
    if x == 1:
        break
print(next(it), list(it))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args)
