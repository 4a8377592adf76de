# __init__ and __call__ run by the VM like calls: results, errors raised inside them (tracebacks), deep
# recursion through constructors, and a generator delegated to with yield from.
import sys


class P:
    def __init__(self, x, y=2, *, z=3):
        self.x = x
        self.s = x + y + z

    def __call__(self, k):
        return self.s * k


p = P(1, z=10)
print(p.x, p.s, p(2), P(5)(3))


class Bad:
    def __init__(self, v):
        if v < 0:
            raise ValueError("negative")
        self.v = 1 // v


for v in (1, -1, 0):
    try:
        print(Bad(v).v)
    except Exception as e:
        print(type(e).__name__, e)
        sys.print_exception(e)


class Node:
    def __init__(self, n):
        self.child = Node(n - 1) if n else None


def depth(node):
    d = 0
    while node:
        node = node.child
        d += 1
    return d


print(depth(Node(50)))


class Ret:
    def __init__(self):
        return 5


try:
    Ret()
except TypeError as e:
    print("TypeError", e)


def inner(n):
    for i in range(n):
        yield i
    return n * 10


def outer():
    r = yield from inner(3)
    yield r
    r = yield from inner(0)
    yield r


print(list(outer()))


def failing():
    yield 1
    raise KeyError("k")


def delegating():
    try:
        yield from failing()
    except KeyError as e:
        yield "caught " + repr(e)


print(list(delegating()))


def stop():
    yield 1
    raise StopIteration


def deleg2():
    yield from stop()


try:
    print(list(deleg2()))
except RuntimeError as e:
    print("RuntimeError", e)
