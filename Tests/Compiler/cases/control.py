x = 5
if x > 3:
    print("big")
elif x > 1:
    print("mid")
else:
    print("small")
if x:
    print(1)
if not x:
    print(2)
else:
    print(3)
i = 0
while i < 10:
    i += 1
    if i == 3:
        continue
    if i == 8:
        break
    print(i)
else:
    print("no break")
while True:
    break
for j in range(3):
    print(j)
for j in range(2, 10, 3):
    print(j)
for j in range(x):
    print(j)
for j in range(10, 0, -2):
    print(j)
else:
    print("done")
for c in "abc":
    if c == "b":
        break
    print(c)
for k in [1, 2]:
    print(k)
