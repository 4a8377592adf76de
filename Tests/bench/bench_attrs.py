# Attribute access: instance fields, class attributes, inherited methods, properties, getattr/setattr.
# Prints the microseconds its work took, then its results: the line `nanompy bench` reads.
import time


class Base:
    scale = 3

    def __init__(self):
        self.a = 1
        self.b = 2
        self.c = 3

    def total(self):
        return self.a + self.b + self.c


class Node(Base):
    def __init__(self, v):
        super().__init__()
        self.v = v
        self._w = 0

    @property
    def w(self):
        return self._w

    @w.setter
    def w(self, x):
        self._w = x


def main():
    n = Node(5)
    acc = 0
    for i in range(200000):
        n.a = i & 7
        n.b += 1
        acc += n.a + n.b + n.c + n.v + n.scale
        n.w = n.w + 1
        acc += n.total()
    names = ("a", "b", "c", "v")
    for i in range(50000):
        nm = names[i & 3]
        setattr(n, nm, getattr(n, nm) + 1)
        if hasattr(n, "missing"):
            acc -= 1
    return acc, n.a, n.b, n.c, n.v, n.w


t0 = time.ticks_us()
result = main()
t1 = time.ticks_us()
print(time.ticks_diff(t1, t0), *result)
