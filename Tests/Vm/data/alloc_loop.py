# Allocation probe: run(n) loops n times over small-int arithmetic and comparisons, local loads and
# stores, range iteration, attribute reads and method calls on a user class instance.
class Counter:
    def __init__(self, step):
        self.step = step
        self.count = 0

    def bump(self, k):
        self.count = self.count + k
        return self.count


def run(n):
    c = Counter(3)
    total = 0
    i = 0
    for j in range(n):
        total = total + j - i
        if total > 1000000:
            total = total - 1000000
        elif total < -5:
            total = 0
        i = i + 1
        total += c.step
        c.bump(1)
        if j % 7 == 3 and i != j:
            total -= 1
    return total + c.count


result = run(10)
