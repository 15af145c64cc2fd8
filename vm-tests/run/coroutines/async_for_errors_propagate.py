from _driver import run

class Failing:
    def __init__(self):
        self.i = 0
    def __aiter__(self):
        return self
    async def __anext__(self):
        self.i += 1
        if self.i == 3:
            raise ValueError("iterator broke")
        return self.i

async def main():
    seen = []
    try:
        async for v in Failing():
            seen.append(v)
    except ValueError as e:
        print("caught", e, "after", seen)
    class BadANext:
        def __aiter__(self):
            return self
        def __anext__(self):
            return 5
    try:
        async for v in BadANext():
            pass
    except TypeError as e:
        print("TypeError:", e)
    class NoANext:
        def __aiter__(self):
            return 1
    try:
        async for v in NoANext():
            pass
    except TypeError as e:
        print("TypeError:", e)

run(main())
