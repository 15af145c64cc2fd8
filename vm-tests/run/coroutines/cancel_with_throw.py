class Cancelled(Exception):
    pass

class Tick:
    def __await__(self):
        yield "tick"

async def sleeper(name, n):
    try:
        for i in range(n):
            await Tick()
            print(name, "tick", i)
        return name + " done"
    except Cancelled:
        print(name, "was cancelled")
        await Tick()
        return name + " cancelled"
    finally:
        print(name, "cleanup")

async def parent():
    r = await sleeper("child", 10)
    return "parent saw " + r

coro = parent()
print(coro.send(None))
print(coro.send(None))
print(coro.throw(Cancelled()))
try:
    coro.send(None)
except StopIteration as e:
    print("finished:", e.value)

coro = parent()
coro.send(None)
coro.close()
print("closed")
