async def job():
    return 1
c = job()
print(type(c).__name__, c.__name__, c.__qualname__, c.cr_running)
print(repr(c).startswith("<coroutine object job at 0x"))
try:
    c.send(None)
except StopIteration as e:
    print("value", e.value)
async def agen():
    yield 1
a = agen()
print(type(a).__name__, repr(a).startswith("<async_generator object agen at 0x"))
print(type(a.__anext__()).__name__, a.__aiter__() is a)
c2 = job()
c2.close()
try:
    c2.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
