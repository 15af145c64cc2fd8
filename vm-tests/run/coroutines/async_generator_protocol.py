from _driver import run

async def counter(limit):
    n = 0
    try:
        while n < limit:
            received = yield n
            if received is not None:
                n = received
            else:
                n += 1
    finally:
        print("counter cleanup at", n)

async def drive():
    g = counter(10)
    print(type(g).__name__)
    print(await g.__anext__())
    print(await g.__anext__())
    print(await g.asend(7))
    print(await g.__anext__())
    await g.aclose()
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("exhausted after aclose")
    g2 = counter(1)
    print(await g2.__anext__())
    try:
        await g2.__anext__()
    except StopAsyncIteration:
        print("StopAsyncIteration at end")
    g3 = counter(5)
    await g3.__anext__()
    try:
        await g3.athrow(KeyError("thrown"))
    except KeyError as e:
        print("athrow propagated", repr(e))

run(drive())

async def bad():
    raise StopAsyncIteration
    yield 1

async def use_bad():
    async for _ in bad():
        pass

try:
    run(use_bad())
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__)
