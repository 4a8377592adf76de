# generator.pend_throw: the exception is raised at the next resume, also before the first yield
def gen():
    i = 0
    while True:
        try:
            yield i
        except ValueError as e:
            print("gen got", repr(e))
        i += 1
g = gen()
print(next(g), g.pend_throw(ValueError("later")), next(g), g.pend_throw(KeyError), g.pend_throw(None), next(g))
g2 = gen()
g2.pend_throw(ValueError)
try:
    next(g2)
except ValueError:
    print("thrown before the first yield")
