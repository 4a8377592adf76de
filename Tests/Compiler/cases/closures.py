def outer(n):
    def inner(x):
        return x + n
    return inner


f = outer(10)
print(f(5))
