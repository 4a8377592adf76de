assert 1 == 1, "msg"
x = 1 << 40
y = 123456789012
print(__debug__, x, y)
def f(a):
    assert a
    return a + 2**29 + 2**31
