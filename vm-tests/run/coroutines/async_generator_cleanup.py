from _driver import run

async def ticker(n):
    try:
        for i in range(n):
            yield i
    finally:
        print("ticker cleanup")

async def main():
    out = []
    async for t in ticker(3):
        out.append(t)
    print(out)
    agen = ticker(10)
    async for t in agen:
        if t == 2:
            break
    await agen.aclose()
    print("closed early")
    evens = [x async for x in ticker(6) if x % 2 == 0]
    print(evens)

run(main())
