# A 10,000-key str set: build it, look every key up through an equal but distinct str, test misses.
# The keys are made before the timer starts, so the time is hashing and probing, not formatting.
# Prints the microseconds its work took, then its results: the line `nanompy bench` reads.
import time

N = 10000
keys = ["k%d" % i for i in range(N)]
# equal text, other objects: lookups compare contents, not identity
probes = [("k%d" % i) for i in range(0, N, 2)]
misses = ["m%d" % i for i in range(N // 4)]


def main():
    s = set()
    for k in keys:
        s.add(k)
    hits = 0
    out = 0
    for r in range(5):
        for p in probes:
            if p in s:
                hits += 1
        for m in misses:
            if m not in s:
                out += 1
    t = set(keys)
    same = 0
    for k in keys:
        if k in t:
            same += 1
    return len(s), hits, out, same


t0 = time.ticks_us()
result = main()
t1 = time.ticks_us()
print(time.ticks_diff(t1, t0), *result)
