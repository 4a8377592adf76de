x = 1
y = [1, 2, 3]
d = {'a': 1}
del x
del y[0], d['a']

o = type
del o.attr


def f(v):
    assert v > 0
    assert v < 10, "too big"
    w = v
    del w
    if v == 5:
        raise ValueError("five")
    if v == 6:
        raise ValueError from None
    return v


def g():
    raise


print(f(1))
