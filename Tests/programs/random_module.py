# random: the Yasmarang generator seeded as MicroPython seeds it, getrandbits, randrange, randint, choice,
# random, uniform, and their errors
import random
random.seed(42)
print([random.getrandbits(b) for b in (0, 1, 5, 16, 31, 32)])
print([random.randrange(10) for _ in range(10)], [random.randrange(5, 9) for _ in range(5)], [random.randrange(0, 20, 3) for _ in range(5)], [random.randrange(10, 0, -2) for _ in range(5)])
print([random.randint(-3, 3) for _ in range(10)], random.choice("abcdef"), random.choice([1, 2, 3]), random.choice(range(100)))
print(["%.15f" % random.random() for _ in range(4)], ["%.12f" % random.uniform(2, 5) for _ in range(3)])
random.seed(2**40 + 7)
print(random.getrandbits(32), random.random())
for bad in [lambda: random.getrandbits(33), lambda: random.getrandbits(-1), lambda: random.randrange(0), lambda: random.randrange(3, 3),
            lambda: random.randrange(0, 5, 0), lambda: random.randint(2, 1), lambda: random.choice([])]:
    try:
        bad()
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e)
