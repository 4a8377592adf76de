# Slicing lists, tuples and ranges with every bound combination; slice assignment and deletion.
idx = [None, -7, -5, -3, -1, 0, 1, 2, 4, 5, 7]
steps = [None, 1, 2, 3, -1, -2, -4]
base = [0, 1, 2, 3, 4]
for i in idx:
    for j in idx:
        for k in steps:
            out = []
            try:
                out.append(repr(base[i:j:k]))
            except Exception as e:
                out.append(type(e).__name__)
            try:
                out.append(repr(tuple(base)[i:j:k]))
            except Exception as e:
                out.append(type(e).__name__)
            try:
                out.append(repr(range(10, 20, 2)[i:j:k]))
            except Exception as e:
                out.append(type(e).__name__)
            print(i, j, k, ' '.join(out))
vals = [[], [9], [9, 8], [9, 8, 7, 6, 5, 4]]
for i in idx:
    for j in idx:
        for v in vals:
            a = list(base)
            a[i:j] = v
            b = list(base)
            del b[i:j]
            print(i, j, a, b)
for i in range(-7, 7):
    a = list(base)
    a.insert(i, 'x')
    b = list(base)
    try:
        b.pop(i)
        r = b
    except IndexError as e:
        r = e
    print(i, a, r)
