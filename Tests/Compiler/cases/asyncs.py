class Ctx:
    async def __aenter__(self):
        return self
    async def __aexit__(self, et, e, tb):
        return False

class It:
    def __init__(self):
        self.n = 0
    def __aiter__(self):
        return self
    async def __anext__(self):
        self.n += 1
        if self.n > 3:
            raise StopAsyncIteration
        return self.n

async def main(x: int, *args: str, flag: bool = True, **kw) -> None:
    total: int = 0
    later: str
    async with Ctx() as c, Ctx():
        async for v in It():
            if v == 2:
                continue
            total += await g(v)
        else:
            total -= 1
    return total

async def g(v):
    return v

@staticmethod
async def h():
    await g(1)

co = main(1)
try:
    co.send(None)
except StopIteration as e:
    print(e.value)
