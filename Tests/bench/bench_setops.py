# Set algebra over 6,000-element int sets, 6,000-element str sets, and iteration over dicts and sets.
# Prints the microseconds its work took, then its results: the line `nanompy bench` reads.
import time

words = ["w%d" % i for i in range(8000)]


def main():
    a = set(range(0, 12000, 2))
    b = set(range(0, 12000, 3))
    x = 0
    for r in range(5):
        x += len(a | b) + len(a & b) + len(a - b) + len(a ^ b)
        x += a.issubset(b) + (a & b).issubset(a) + a.isdisjoint(b)
    sa = set(words[:6000])
    sb = set(words[2000:])
    for r in range(5):
        x += len(sa | sb) + len(sa & sb) + len(sa - sb) + len(sa ^ sb)
    d = {}
    for w in words:
        d[w] = len(w)
    it = 0
    for r in range(5):
        for k in d:
            it += 1
        for v in d.values():
            it += v
        for k, v in d.items():
            it += v
        for e in a:
            it += 1
        for w in sa:
            it += 1
    return x, it


t0 = time.ticks_us()
result = main()
t1 = time.ticks_us()
print(time.ticks_diff(t1, t0), *result)
