class Future:
    def __init__(self):
        self.result = None
        self.done = False
    def set(self, v):
        self.result, self.done = v, True
    def __await__(self):
        while not self.done:
            yield self
        return self.result

async def consumer(fut):
    print("waiting")
    v = await fut
    print("got", v)
    return v * 2

fut = Future()
c = consumer(fut)
print(c.send(None) is fut)
print(c.send(None) is fut)
fut.set(21)
try:
    c.send(None)
except StopIteration as e:
    print("result", e.value)
