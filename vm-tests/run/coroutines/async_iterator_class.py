from _driver import run

class Pause:
    def __await__(self):
        yield "pause"

class AsyncRange:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        self.i = 0
        return self
    async def __anext__(self):
        await Pause()
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i

async def main():
    total = 0
    async for v in AsyncRange(4):
        total += v
    else:
        print("loop finished normally")
    return total

coro = main()
steps = 0
try:
    while True:
        coro.send(None)
        steps += 1
except StopIteration as e:
    print("total", e.value, "steps", steps)
