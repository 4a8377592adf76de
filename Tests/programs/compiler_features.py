# Language features the compiler rewrites or folds specially: f-strings (str.format), big-int and
# float folding, complex literals, starred targets, set comprehensions, :=, async, annotations, const()
# (folded by the compiler, so no import is needed).

LIMIT = const(3)
_SCALE = const(LIMIT * 7)
_GREETING = const("hello, const")
_PAIR = const((LIMIT, "three"))

name, width = "tiles", 9
print(f"{name}|{name!r:>{width}}|{width * 2=}|{{literal}}|{3.14159:.2f}")
print(f"{'yes' if width > 5 else 'no'}" " and " f"{[1, 2, 3][1]:03d}")
print(rf"\n stays raw {name}", f"")

big = 123456789012345678901234567890
print(big * 3, big // 7, -big % 11, 0xFFFF_FFFF_FFFF_FFFF_FF + 1, 0o777_777_777_777_777_777_7, ~(1 << 70))
print(2 ** 100, (1 << 63) - 1, -(1 << 63), 7 / 2, 2 ** -3, 10 // -3, -7 % 3)
print(2j * 3, 1.5j + 1, (1 + 2j) * (3 - 1j), (1e3j).imag)

first, *middle, last = range(6)
*head, tail = "abc"
[a, [b, *c]] = 1, (2, 3, 4)
print(first, middle, last, head, tail, a, b, c)
for x, *rest in [(1, 2, 3), (4,)]:
    print(x, rest)
print(sorted({v % 4 for v in range(10) if v}), {k: v for k, v in zip("ab", (1, 2))})

if (n := len(middle)) > 2:
    print("walrus", n)
print([y := i * i for i in range(4)], y)


def count_up(data: list, *, start: int = 0) -> int:
    total: int = start
    seen: str
    for item in data:
        total += item
    return total


print(count_up([1, 2, 3], start=10), LIMIT, _SCALE, _GREETING, _PAIR, _PAIR is _PAIR)


class Resource:
    async def __aenter__(self):
        print("enter")
        return self

    async def __aexit__(self, exc_type, exc, tb):
        print("exit", exc_type is None)
        return False


class Countdown:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n


async def helper(v):
    return v * 10


async def main():
    got = []
    async with Resource() as r:
        async for v in Countdown(3):
            if v == 1:
                continue
            got.append(await helper(v))
        else:
            got.append(-1)
    return got


coro = main()
try:
    coro.send(None)
except StopIteration as stop:
    print("async result", stop.value)
