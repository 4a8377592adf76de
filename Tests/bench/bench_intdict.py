# Int keys: a 30,000-key dict and set of spread ints, lookups, `in` tests, deletions, small dicts.
# Prints the microseconds its work took, then its results: the line `nanompy bench` reads.
import time


def main():
    n = 30000
    d = {}
    for i in range(n):
        d[i * 7] = i
    total = 0
    for i in range(0, n * 7, 5):
        if i in d:
            total += d[i]
    s = set()
    for i in range(n):
        s.add(i * 13 % 30011)
    hits = 0
    for i in range(n):
        if i in s:
            hits += 1
    for i in range(0, n * 7, 14):
        del d[i]
    small = 0
    for r in range(20000):
        m = {1: r, 2: r + 1, 3: r + 2}
        small += m[1] + m.get(3, 0)
    return len(d), total, len(s), hits, small


t0 = time.ticks_us()
result = main()
t1 = time.ticks_us()
print(time.ticks_diff(t1, t0), *result)
