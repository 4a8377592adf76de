# generator.throw(type, value), and StopIteration thrown into a yield from becomes RuntimeError
def gen():
    try:
        yield 1
    except ValueError as e:
        print("caught", repr(e.args))
    yield 2
g = gen()
print(next(g), g.throw(ValueError, ValueError(123)))
def deleg():
    yield from range(3)
    print("not reached")
d = deleg()
print(next(d))
try:
    d.throw(StopIteration)
except RuntimeError as e:
    print("RuntimeError", e)
