from _driver import run
class Ticker:
    def __init__(self, n):
        self.i = 0
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i * 10

class Resource:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow
    async def __aenter__(self):
        print("enter", self.name)
        return self
    async def __aexit__(self, typ, val, tb):
        print("exit", self.name, typ.__name__ if typ else None, val)
        return self.swallow

async def agen(n):
    for i in range(n):
        yield i * i
    print("agen done")

async def main():
    async for v in Ticker(3):
        print("tick", v)
    async with Resource("a") as r:
        print("inside", r.name)
    async with Resource("outer", swallow=True):
        async with Resource("inner"):
            raise ValueError("boom")
    print("after swallow")
    async for sq in agen(4):
        print("square", sq)
    print([x async for x in agen(3)])
    print({k: v async for k, v in pairs()})
    try:
        async with Resource("leak"):
            1 / 0
    except ZeroDivisionError as e:
        print("propagated", e)
    return "main done"

async def pairs():
    yield ("a", 1)
    yield ("b", 2)

print(run(main()))
