class Step:
    def __init__(self, label):
        self.label = label
    def __await__(self):
        yield self.label

async def slow_numbers(n):
    for i in range(n):
        await Step(f"tick {i}")
        yield i

async def consume():
    out = []
    async for v in slow_numbers(3):
        out.append(v)
    return out

c = consume()
events = []
try:
    while True:
        events.append(c.send(None))
except StopIteration as e:
    print("events", events)
    print("result", e.value)
