import asyncio


async def double(x):
    await asyncio.sleep(0)
    return x * 2


async def main():
    a = await double(3)
    b = await double(a)
    results = await asyncio.gather(double(1), double(2))
    return a, b, results


class Awaitable:
    def __await__(self):
        yield
        return "custom"


async def use_custom():
    return await Awaitable()


print(asyncio.run(main()))
print(asyncio.run(use_custom()))
