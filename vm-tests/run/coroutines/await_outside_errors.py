from _driver import run
async def value():
    return 42
class Wrapper:
    def __init__(self, coro):
        self.coro = coro
    def __await__(self):
        return self.coro.__await__()
async def via_wrapper():
    return await Wrapper(value())
print(run(via_wrapper()))
c = value()
try:
    c.send(1)
except TypeError as e:
    print("TypeError:", e)
c.close()
class GenAwait:
    def __await__(self):
        return iter([])
async def empty_await():
    return await GenAwait()
print(run(empty_await()))
