# Big integers: growing products, powers, modular exponentiation, division, shifts, decimal conversion.
# Prints the microseconds its work took, then its results: the line `nanompy bench` reads.
import time


def main():
    f = 1
    for i in range(1, 2000):
        f *= i
    digits = len(str(f))
    p = 3**4000
    q = p // (7**300)
    r = p % (10**50 + 151)
    m = pow(12345678901234567890, 65537, 2**127 - 1)
    a, b = 0, 1
    for _ in range(8000):
        a, b = b, a + b
    x = 0
    for i in range(60000):
        x = (x << 3) ^ (i * 0x9E3779B97F4A7C15)
        x &= (1 << 200) - 1
    return digits, q % 1000003, r, m % 1000003, a % 1000003, x % 1000003, (f >> 5000) % 97


t0 = time.ticks_us()
result = main()
t1 = time.ticks_us()
print(time.ticks_diff(t1, t0), *result)
