# String building: concatenation, join, formatting, slicing and methods.
# Prints the microseconds its work took, then its results: the line `nanompy bench` reads.
import time

def main():
    parts = []
    for i in range(8000):
        parts.append("item%d" % i)
    s = ",".join(parts)
    n = 0
    for p in s.split(","):
        if p.endswith("7"):
            n += len(p.upper())
    acc = ""
    for i in range(5000):
        acc += str(i)[-1]
    return len(s), n, len(acc), "{}-{}".format(acc[:5], acc[-5:])


t0 = time.ticks_us()
result = main()
t1 = time.ticks_us()
print(time.ticks_diff(t1, t0), *result)
