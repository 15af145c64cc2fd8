from _driver import run

class NotAwaitable:
    pass

class BadAwait:
    def __await__(self):
        return 42

class CoroAwait:
    def __await__(self):
        return helper()

async def helper():
    return 1

async def await_it(x):
    return await x

for obj in (NotAwaitable(), 5, BadAwait(), [1]):
    try:
        run(await_it(obj))
    except TypeError as e:
        print("TypeError:", e)

async def no_aiter():
    async for x in [1, 2]:
        pass

async def no_aenter():
    async with NotAwaitable():
        pass

class OnlyAenter:
    async def __aenter__(self):
        return self

async def no_aexit():
    async with OnlyAenter():
        pass

class SyncEnter:
    def __aenter__(self):
        return 1
    def __aexit__(self, *a):
        return 2

async def sync_enter():
    async with SyncEnter():
        pass

for f in (no_aiter, no_aenter, no_aexit, sync_enter):
    try:
        run(f())
    except TypeError as e:
        print("TypeError:", e)

async def iterate_coro():
    for x in helper():
        pass
c = helper()
try:
    for x in c:
        pass
except TypeError as e:
    print("TypeError:", e)
run(c)

async def fails():
    await helper()
    raise ValueError("from coroutine")

async def outer():
    try:
        await fails()
    except ValueError as e:
        print("caught in outer:", e)
    await fails()

run(outer())
