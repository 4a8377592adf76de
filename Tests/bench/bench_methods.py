# Method calls and attribute access on user class instances.
# Prints the microseconds its work took, then its results: the line `nanompy bench` reads.
import time

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def move(self, dx, dy):
        self.x += dx
        self.y += dy

    def norm1(self):
        return abs(self.x) + abs(self.y)


class Point3(Point):
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

    def norm1(self):
        return super().norm1() + abs(self.z)


def main():
    p = Point3(1, 2, 3)
    t = 0
    for i in range(300000):
        p.move(1, -1)
        t += p.norm1()
    return t, p.x, p.y, p.z


t0 = time.ticks_us()
result = main()
t1 = time.ticks_us()
print(time.ticks_diff(t1, t0), *result)
