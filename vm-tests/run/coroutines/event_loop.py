# A tiny round-robin event loop, driving coroutines with send(None).
class Sleep:
    def __init__(self, ticks):
        self.ticks = ticks
    def __await__(self):
        for _ in range(self.ticks):
            yield self
        return self.ticks

class Loop:
    def __init__(self):
        self.ready = []
        self.results = {}
    def spawn(self, name, coro):
        self.ready.append((name, coro))
    def run(self):
        step = 0
        while self.ready:
            name, coro = self.ready.pop(0)
            try:
                yielded = coro.send(None)
            except StopIteration as stop:
                self.results[name] = stop.value
                print(f"[{step}] {name} finished -> {stop.value!r}")
            else:
                print(f"[{step}] {name} yielded {type(yielded).__name__}")
                self.ready.append((name, coro))
            step += 1
        return self.results

async def worker(name, n):
    total = 0
    for i in range(n):
        waited = await Sleep(1)
        total += i * waited
    return f"{name}:{total}"

async def nested():
    a = await worker("inner-a", 2)
    b = await worker("inner-b", 1)
    return a + "|" + b

loop = Loop()
loop.spawn("w1", worker("w1", 3))
loop.spawn("w2", worker("w2", 1))
loop.spawn("nested", nested())
print(loop.run())

c = worker("solo", 0)
print(type(c).__name__, c.__qualname__ if hasattr(c, "__qualname__") else "")
try:
    c.send(None)
except StopIteration as e:
    print("returned", e.value)
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
