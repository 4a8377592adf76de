# with statement: __enter__/__exit__, exception passed to __exit__, suppression, nesting, return/break
class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev)
        return self.suppress
with CM("a") as v:
    print("body", v)
with CM("b", suppress=True):
    raise ValueError("swallowed")
print("after b")
try:
    with CM("c"):
        raise KeyError("propagates")
except KeyError as e:
    print("caught", e)
with CM("outer") as o, CM("inner") as i:
    print("both", o, i)
def early():
    with CM("ret"):
        return "returned"
print(early())
for k in range(3):
    with CM("loop%d" % k):
        if k == 1:
            break
        continue
print("after loop")
class Res:
    def __enter__(self):
        return self
    def __exit__(self, *args):
        print("exit args", len(args), args[0] is None)
with Res() as r:
    print(type(r).__name__)
def gen():
    with CM("gen"):
        yield 1
        yield 2
for x in gen():
    print("gen", x)
try:
    with CM("nested-outer"):
        with CM("nested-inner", suppress=True):
            raise IndexError("inner only")
        raise TypeError("outer")
except TypeError as e:
    print("caught", e)
