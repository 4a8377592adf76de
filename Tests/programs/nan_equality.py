# NaN equality: a float or complex NaN is not equal to itself, but a list holding one is (identity first)
n = float("nan")
z = n * 1j
print(z == z, n == n, z != z, [z] == [z], 1j == 1j)
x = 1.5 + 2j
print(x == x, x is x)
