def tryit(f):
    try:
        r = f()
        print(r)
    except Exception as e:
        print(type(e).__name__, e)
l = [1, 2, 3]
tryit(lambda: l[::1099511627776])
tryit(lambda: l[::-1099511627776])
tryit(lambda: range(10)[::1099511627776])
tryit(lambda: [1] * 1099511627776)
tryit(lambda: (1, 2) * 1099511627776)
tryit(lambda: l[1099511627776:])
tryit(lambda: l.insert(1099511627776, 5))
tryit(lambda: l)
tryit(lambda: range(1099511627776)[1099511627775])
tryit(lambda: len(range(0, 1099511627776, 3)))
