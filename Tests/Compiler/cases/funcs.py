def add(a, b):
    return a + b


def noret(x):
    y = x * 2
    print(y)


def fact(n):
    if n <= 1:
        return 1
    return n * fact(n - 1)


def loop(n):
    total = 0
    for i in range(n):
        total += i
    return total


print(add(1, 2), noret(3), fact(10), loop(100))
