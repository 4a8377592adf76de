# generator.throw and generator.close: exception delivery at the yield, finally blocks, GeneratorExit
def worker():
    try:
        while True:
            try:
                v = yield "ready"
                print("got", v)
            except ValueError as e:
                print("handled ValueError", e)
                yield "recovered"
    finally:
        print("worker cleanup")
w = worker()
print(next(w))
print(w.send(1))
print(w.throw(ValueError("bad")))
print(next(w))
w.close()
print("closed")
try:
    next(w)
except StopIteration:
    print("StopIteration after close")
def unhandled():
    yield 1
    yield 2
u = unhandled()
next(u)
try:
    u.throw(KeyError("k"))
except KeyError as e:
    print("propagated KeyError", e)
try:
    next(u)
except StopIteration:
    print("finished")
def catches_exit():
    try:
        yield 1
    except GeneratorExit:
        print("GeneratorExit seen")
        raise
c = catches_exit()
next(c)
c.close()
def ignores_exit():
    try:
        yield 1
    except GeneratorExit:
        yield 2
i = ignores_exit()
next(i)
try:
    i.close()
except RuntimeError as e:
    print("RuntimeError", e)
def not_started():
    print("never runs")
    yield
ns = not_started()
ns.close()
print("closed unstarted")
def throw_type():
    try:
        yield
    except TypeError:
        yield "typeerror caught"
t = throw_type()
next(t)
print(t.throw(TypeError))
def returns_on_throw():
    try:
        yield 1
    except IndexError:
        return "ret"
r = returns_on_throw()
next(r)
try:
    r.throw(IndexError)
except StopIteration as s:
    print("StopIteration", s.value)
