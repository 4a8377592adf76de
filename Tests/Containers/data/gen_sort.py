# list.sort / sorted results for MicroPython's (unstable) quicksort; the C# test replays the same lists.
seed = 777

def rnd():
    global seed
    seed = (seed * 1103515245 + 12345) & 0x7fffffff
    return seed

for n in (0, 1, 2, 3, 5, 8, 13, 30, 100):
    for m in (3, 10, 1000):
        l = [rnd() % m for _ in range(n)]
        print(sorted(l))
        print(sorted(l, reverse=True))
        pairs = [(x, i) for i, x in enumerate(l)]
        print([p[1] for p in sorted(pairs, key=lambda p: p[0] % 4)])
        print([p[1] for p in sorted(pairs, key=lambda p: p[0] % 4, reverse=True)])
        l2 = list(l)
        l2.sort(key=lambda x: -x)
        print(l2)
