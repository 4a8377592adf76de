a, b = 1, 2
a, b = b, a
x, y, z = a, b, 3
x, y, z = z, y, x
p, q = [5, 6]
print(a, b, x, y, z, p, q)
