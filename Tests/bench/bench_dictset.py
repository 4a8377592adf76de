# dict and set: str and int keys, insertion, lookup, deletion, update, comprehensions, set algebra.
# Prints the microseconds its work took, then its results: the line `nanompy bench` reads.
import time


def words_round(r):
    freq = {}
    for i in range(5000):
        w = "w%d" % ((i * 31 + r) % 397)
        if w in freq:
            freq[w] += 1
        else:
            freq[w] = 1
    return len(freq), freq["w5"]


def ints_round(r):
    ints = {}
    for i in range(4000):
        ints[(i * 7 + r) % 5003] = i
    hits = 0
    for i in range(5003):
        if ints.get(i, -1) >= 0:
            hits += 1
    for k in range(0, 5003, 3):
        if k in ints:
            del ints[k]
    sq = {k: k * k for k in range(1000)}
    sq.update(ints)
    return hits + len(ints) + len(sq)


def sets_round(r):
    a = set(range(r, 3000, 2))
    b = set(range(0, 3000, 3))
    s = 0
    for i in range(3000):
        if i in a and i not in b:
            s += 1
    a.discard(4)
    b.add(-1)
    return s + len(a | b) + len(a & b) + len(a - b) + len(a ^ b)


def main():
    w = 0
    n = 0
    s = 0
    for r in range(4):
        kinds, five = words_round(r)
        w += kinds + five
        n += ints_round(r)
        s += sets_round(r)
    return w, n, s


t0 = time.ticks_us()
result = main()
t1 = time.ticks_us()
print(time.ticks_diff(t1, t0), *result)
