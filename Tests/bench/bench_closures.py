# Closures: cells read and written (nonlocal), closures made in a loop, lambdas, closures returning closures.
# Prints the microseconds its work took, then its results: the line `nanompy bench` reads.
import time


def counter(start):
    n = start

    def step(k):
        nonlocal n
        n += k
        return n

    return step


def adder(x):
    return lambda y: x + y


def compose(f, g):
    def h(v):
        return f(g(v))

    return h


def main():
    c = counter(10)
    acc = 0
    for i in range(150000):
        acc += c(i & 3)
    fs = [adder(i) for i in range(100)]
    for j in range(1000):
        for f in fs:
            acc += f(j)
    inc = adder(1)
    dbl = lambda v: v * 2
    h = compose(inc, dbl)
    for i in range(100000):
        acc = (acc + h(i)) & 0xFFFFFFF
    return acc, c(0)


t0 = time.ticks_us()
result = main()
t1 = time.ticks_us()
print(time.ticks_diff(t1, t0), *result)
