class Tick:
    def __await__(self):
        yield

async def leaf(x):
    await Tick()
    return 10 / x

async def middle(x):
    return await leaf(x) + 1

def run(coro):
    while True:
        try:
            coro.send(None)
        except StopIteration as e:
            return e.value

print(run(middle(5)))
print(run(middle(0)))
