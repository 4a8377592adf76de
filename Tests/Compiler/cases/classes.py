class Empty:
    pass


class Point(object):
    """A point."""
    count = 0

    def __init__(self, x, y=0):
        self.x = x
        self.y = y
        Point.count += 1

    def norm2(self):
        return self.x * self.x + self.y * self.y

    def __repr__(self):
        return "P(%d, %d)" % (self.x, self.y)


class P3(Point):
    def __init__(self, x, y, z):
        Point.__init__(self, x, y)
        self.z = z


p = Point(3, 4)
q = P3(1, 2, 3)
print(p, p.norm2(), q.z, Point.count, Empty())
