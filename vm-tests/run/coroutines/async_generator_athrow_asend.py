from _driver import run

async def echo():
    received = None
    while True:
        try:
            received = yield f"echo {received}"
        except ValueError as e:
            received = f"error {e}"

async def main():
    g = echo()
    print(await g.asend(None))
    print(await g.asend("a"))
    print(await g.athrow(ValueError("v")))
    print(await g.asend("b"))
    await g.aclose()
    try:
        await g.asend("late")
    except StopAsyncIteration:
        print("closed generator stops")

run(main())
