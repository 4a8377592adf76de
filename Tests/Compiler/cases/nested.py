def tri(n):
    out = []
    for i in range(n):
        row = []
        for j in range(i + 1):
            if j > 5:
                break
            row.append(j)
        out.append(row)
    return out


def pair(a, b):
    return a, b


def counter():
    count = 0

    def inc():
        nonlocal_box[0] += 1
        return nonlocal_box[0]
    nonlocal_box = [count]
    return inc


for r in tri(4):
    print(r)
print(pair(1, 2))
c = counter()
print(c(), c())
