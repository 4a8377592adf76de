# Generators: generator functions, generator expressions fed to builtins, yield from, send.
# Prints the microseconds its work took, then its results: the line `nanompy bench` reads.
import time


def count_to(n):
    i = 0
    while i < n:
        yield i
        i += 1


def evens(n):
    for i in count_to(n):
        if i & 1 == 0:
            yield i


def chained(n):
    yield from count_to(n)
    yield from evens(n)


def accumulator():
    total = 0
    while True:
        v = yield total
        total += v


def main():
    s = 0
    for v in chained(100000):
        s += v
    s += sum(x * x for x in range(100000))
    s += max(x % 1000 for x in count_to(50000))
    acc = accumulator()
    next(acc)
    t = 0
    for i in range(100000):
        t = acc.send(i)
    lst = list(i for i in evens(40000) if i % 3)
    return s, t, len(lst)


t0 = time.ticks_us()
result = main()
t1 = time.ticks_us()
print(time.ticks_diff(t1, t0), *result)
