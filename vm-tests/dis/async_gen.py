import asyncio


async def agen(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i * 10


async def main():
    out = []
    async for v in agen(3):
        out.append(v)
    g = agen(2)
    out.append(await g.__anext__())
    return out


print(asyncio.run(main()))
