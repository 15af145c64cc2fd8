from _driver import run

async def fail(msg):
    raise KeyError(msg)

async def handles():
    try:
        await fail("inner")
    except KeyError as e:
        return f"handled {e}"

async def chain():
    try:
        await fail("first")
    except KeyError as e:
        raise RuntimeError("wrapped") from e

print(run(handles()))
try:
    run(chain())
except RuntimeError as e:
    print("RuntimeError:", e, "cause:", repr(e.__cause__))

async def stop_inside():
    raise StopIteration("bad")
try:
    run(stop_inside())
except RuntimeError as e:
    print("RuntimeError:", e)
