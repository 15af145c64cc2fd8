class Yield:
    def __await__(self):
        yield

async def fetch(name, steps):
    for _ in range(steps):
        await Yield()
    return f"{name} after {steps}"

def gather(*coros):
    results = [None] * len(coros)
    pending = list(enumerate(coros))
    while pending:
        still = []
        for i, c in pending:
            try:
                c.send(None)
                still.append((i, c))
            except StopIteration as e:
                results[i] = e.value
        pending = still
    return results

print(gather(fetch("a", 3), fetch("b", 1), fetch("c", 0)))

async def add(a, b):
    return a + b
async def compute():
    x = await add(1, 2)
    y = await add(x, 10)
    return [await add(i, y) for i in range(3)]
print(gather(compute()))
