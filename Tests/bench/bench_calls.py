# Python function calls: positional, default and keyword arguments, recursion.
# Prints the microseconds its work took, then its results: the line `nanompy bench` reads.
import time

def add(a, b):
    return a + b

def scaled(a, b=2, *, c=1):
    return a * b + c

def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

def main():
    s = 0
    for i in range(500000):
        s = add(s, i)
        s = scaled(s, c=0) - s
    return s, fib(24)


t0 = time.ticks_us()
result = main()
t1 = time.ticks_us()
print(time.ticks_diff(t1, t0), *result)
