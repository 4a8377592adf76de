x = [
    1,
    2,
]
y = (x[0] +
     x[1])


def f(a,
      b):
    return (a
            + b)


print(f(x[0],
        y))
z = 1; w = 2
if z: print(w)
