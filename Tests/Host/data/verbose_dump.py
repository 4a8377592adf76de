# a program of ours whose `micropython -v -v` listing (prelude, line table, every instruction form) is the golden
import sys
from math import pi as PI


def outer(a, b=2, *args, c, d=4, **kw):
    x = [i * a for i in range(3) if i]
    s = {k: v for k, v in kw.items()}

    def inner(y):
        nonlocal a
        a += y
        return a, b, x[1:2], s

    return inner


class Thing:
    count = 0

    def __init__(self, v):
        self.v = v
        Thing.count += 1

    def gen(self):
        yield self.v
        yield from range(2)


def risky(n):
    try:
        if n > 1 and not n & 1 or n == -1:
            raise ValueError("odd") from None
    except (ValueError, TypeError) as e:
        return str(e)
    finally:
        n = None
    with open.__class__ if False else None as f:
        pass
    while n:
        break
    del n
    return ~-1 ** 2, 1.5, b"b", "s", (1, 2), None, True, False, ...


first, *rest = [1, 2, 3]
print(outer(1, c=3, e=5)(10), Thing(7).v, list(Thing(8).gen()), first, rest, PI > 3)
print(sys.maxsize > 0)
