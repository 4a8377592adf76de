# Dict and set iteration order after pseudo-random insert/delete sequences. The C# tests replay the same
# sequences (same LCG) through PyDict/PySet and compare each printed line. Run with the unix micropython.
# Key kinds: 0 = small ints (incl. negative and large), 1 = runtime-made strs, 2 = mixed.

seed = 12345

def rnd():
    global seed
    seed = (seed * 1103515245 + 12345) & 0x7fffffff
    return seed

def key_of(kind, n):
    if kind == 0 or (kind == 2 and n % 2 == 0):
        if n % 5 == 0:
            return -n
        if n % 7 == 0:
            return n * 1000003
        return n
    return "k" + str(n)

def run_dict(kind, space, steps):
    d = {}
    for step in range(steps):
        r = rnd()
        op = r % 16
        k = key_of(kind, (r >> 5) % space)
        if op < 9:
            d[k] = step
        elif op < 13:
            d.pop(k, None)
        elif op == 13:
            if d:
                print("popitem", d.popitem())
        elif op == 14:
            d.setdefault(k, -step)
        else:
            if step % 3 == 0:
                d = d.copy()
            else:
                d.update({k: step})
        if step % 20 == 19:
            print(d)
    print(d)
    print(list(d.keys()), list(d.values()))

def run_set(kind, space, steps):
    s = set()
    for step in range(steps):
        r = rnd()
        op = r % 16
        k = key_of(kind, (r >> 5) % space)
        if op < 9:
            s.add(k)
        elif op < 13:
            s.discard(k)
        elif op == 13:
            if s:
                print("pop", s.pop())
        elif op == 14:
            s = s.copy()
        else:
            s = s | {k}
        if step % 20 == 19:
            print(s)
    print(s)

for kind in range(3):
    for space in (6, 30, 200):
        print("dict", kind, space)
        run_dict(kind, space, 400)
        print("set", kind, space)
        run_set(kind, space, 400)
