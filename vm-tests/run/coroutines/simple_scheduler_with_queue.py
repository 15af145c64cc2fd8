class Yield:
    def __await__(self):
        yield

class Queue:
    def __init__(self):
        self.items = []
    async def get(self):
        while not self.items:
            await Yield()
        return self.items.pop(0)
    def put(self, v):
        self.items.append(v)

async def producer(q, n):
    for i in range(n):
        print("put", i)
        q.put(i)
        await Yield()
    q.put(None)

async def consumer(q):
    got = []
    while True:
        v = await q.get()
        if v is None:
            return got
        print("got", v)
        got.append(v)

def run_all(*coros):
    tasks = list(coros)
    results = {}
    while tasks:
        for t in list(tasks):
            try:
                t.send(None)
            except StopIteration as e:
                results[t.__name__] = e.value
                tasks.remove(t)
    return results

q = Queue()
print(run_all(producer(q, 3), consumer(q)))
