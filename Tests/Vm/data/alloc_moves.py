# Allocation probe for the two value representations (Tests/Vm/AllocationTests.cs).
# moves(n): values only move (locals, the value stack, globals, attributes, arguments and returns of calls
# between Python functions, list and dict items, a for loop over a list), and every int stays within
# -16..255, the device representation's small-int cache: no representation may allocate per iteration.
# ints(n): one int result beyond that cache per iteration; floats(n): one float result per iteration.
G = 0


class Box:
    def __init__(self):
        self.v = 0

    def get(self):
        return self.v


def pick(a, b, c):
    return b


def moves(n):
    global G
    box = Box()
    items = [0, 1, 2, 3]
    d = {1: 2, 3: 4}
    x = 0
    t = 0
    for j in range(n):
        x = pick(j, x, items[1])
        y = x
        G = y
        box.v = G
        items[2] = box.get()
        x = d[1] + items[0]
        for k in items:
            t = k
        x = x + t
        if x > 200:
            x = -10
    return x + G + t


def ints(n):
    x = 100000
    for j in range(n):
        x = x + 3
    return x


def floats(n):
    f = 0.5
    for j in range(n):
        f = f * 1.0
    return f


print(moves(200), ints(200), floats(200))
