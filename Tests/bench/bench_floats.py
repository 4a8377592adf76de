# Floats: arithmetic in loops, math functions, int/float conversion (results printed as rounded ints).
# Prints the microseconds its work took, then its results: the line `nanompy bench` reads.
import math
import time


def mandel(w, h, it):
    inside = 0
    for py in range(h):
        y0 = py * 2.0 / h - 1.0
        for px in range(w):
            x0 = px * 3.0 / w - 2.0
            x = y = 0.0
            n = 0
            while n < it and x * x + y * y < 4.0:
                x, y = x * x - y * y + x0, 2.0 * x * y + y0
                n += 1
            if n == it:
                inside += 1
    return inside


def main():
    inside = mandel(60, 40, 50)
    s = 0.0
    for i in range(1, 50000):
        v = i * 0.001
        s += math.sqrt(v) * math.sin(v) + math.exp(-v) / (1.0 + v * v)
    h = 0.0
    for i in range(1, 50000):
        h += 1.0 / i
    t = 0
    for i in range(30000):
        t += int(i * 1.5) + round(i / 7.0)
    return inside, round(s * 1000), round(h * 1000000), t


t0 = time.ticks_us()
result = main()
t1 = time.ticks_us()
print(time.ticks_diff(t1, t0), *result)
