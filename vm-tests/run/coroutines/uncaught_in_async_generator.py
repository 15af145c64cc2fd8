async def broken():
    yield 1
    raise OSError("disk gone")

async def main():
    async for v in broken():
        print("got", v)

c = main()
try:
    c.send(None)
except StopIteration:
    pass
