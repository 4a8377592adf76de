# list and dict work: append, index, comprehension, sort, dict insert/lookup/iteration.
# Prints the microseconds its work took, then its results: the line `nanompy bench` reads.
import time

def main():
    lst = []
    for i in range(100000):
        lst.append((i * 7919) % 10007)
    lst.sort()
    sq = [x * x for x in lst if x & 1]
    d = {}
    for x in lst:
        d[x] = d.get(x, 0) + 1
    total = 0
    for k, v in d.items():
        total += k * v
    return len(lst), len(sq), len(d), total, lst[100], sq[-1]


t0 = time.ticks_us()
result = main()
t1 = time.ticks_us()
print(time.ticks_diff(t1, t0), *result)
