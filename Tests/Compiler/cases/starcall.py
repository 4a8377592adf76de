def f(*a, **k):
    return a, k


args = (1, 2)
kw = {"x": 3}
print(f(*args), f(0, *args), f(**kw), f(1, *args, y=2, **kw), f(*args, *args))
print("{} {}".format(*args), max(*args, key=None))
