a = 3
b = 0
if a and b:
    print(1)
if a or b:
    print(2)
if not a and not b:
    print(3)
if 0 < a < 5:
    print(4)
if a == 3 or b == 3 and a:
    print(5)
if False:
    print(6)
if True:
    print(7)
while 0:
    print(8)
while 1:
    a -= 1
    if a < 0:
        break
c = a if a > b else b
d = a or 5
e = b and 6
print(a, b, c, d, e, a is b)
