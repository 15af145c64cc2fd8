import asyncio


class Ticker:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        self.i = 0
        return self

    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i


class Resource:
    async def __aenter__(self):
        print("enter")
        return "res"

    async def __aexit__(self, *exc):
        print("exit", exc[0])
        return False


async def main():
    total = 0
    async for t in Ticker(4):
        total += t
    async with Resource() as r:
        print("using", r)
    values = [t async for t in Ticker(3)]
    return total, values


print(asyncio.run(main()))
