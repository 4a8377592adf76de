# Small-int arithmetic, comparisons and range loops.
# Prints the microseconds its work took, then its results: the line `nanompy bench` reads.
import time

def main():
    total = 0
    for i in range(3000000):
        if i % 3 == 0:
            total += i
        elif i & 1:
            total -= 1
    j = 0
    while j < 1000000:
        j += 1
    return total, j


t0 = time.ticks_us()
result = main()
t1 = time.ticks_us()
print(time.ticks_diff(t1, t0), *result)
