from _driver import run

async def arange(n):
    for i in range(n):
        yield i

async def double(x):
    return x * 2

async def main():
    a = [x async for x in arange(5) if x % 2]
    b = {x: await double(x) async for x in arange(3)}
    c = {await double(x) for x in range(3)}
    d = [await double(x) for x in range(2)]
    gen = (x * x async for x in arange(4))
    e = [v async for v in gen]
    return a, b, sorted(c), d, e

print(run(main()))
