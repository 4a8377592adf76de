# A 10,000-key str dict: store, load through equal but distinct strs, get, update, delete.
# The keys are made before the timer starts, so the time is hashing and probing, not formatting.
# Prints the microseconds its work took, then its results: the line `nanompy bench` reads.
import time

N = 10000
keys = ["key%d" % i for i in range(N)]
probes = [("key%d" % i) for i in range(0, N, 3)]


def main():
    d = {}
    i = 0
    for k in keys:
        d[k] = i
        i += 1
    total = 0
    got = 0
    for r in range(5):
        for p in probes:
            total += d[p]
        for k in keys:
            got += d.get(k, 1)
    for p in probes:
        d[p] += 1
    gone = 0
    for p in probes:
        if p in d:
            del d[p]
            gone += 1
    left = 0
    for k in keys:
        if k in d:
            left += 1
    return len(d), total, got, gone, left


t0 = time.ticks_us()
result = main()
t1 = time.ticks_us()
print(time.ticks_diff(t1, t0), *result)
