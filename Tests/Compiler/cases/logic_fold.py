x = 5
a = x or True
b = False or x
c = 0 and x
d = x and 1 and x
e = not 0
f = not x
g = None or 0 or x or 7
if "" or x:
    print(a)
while not True:
    pass
if (1, 2):
    print(b)
print(a, b, c, d, e, f, g)
