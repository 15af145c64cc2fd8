from _driver import run

class Lock:
    def __init__(self):
        self.held = False
    async def __aenter__(self):
        self.held = True
        print("acquired")
        return self
    async def __aexit__(self, exc_type, exc, tb):
        self.held = False
        print("released", exc_type.__name__ if exc_type else "cleanly")
        return exc_type is KeyError

async def main():
    lock = Lock()
    async with lock:
        print("held:", lock.held)
    async with lock:
        raise KeyError("swallowed")
    try:
        async with lock:
            raise ValueError("escapes")
    except ValueError as e:
        print("caught", e)
    for i in range(3):
        async with lock:
            if i == 1:
                continue
            if i == 2:
                break
    return lock.held

print(run(main()))
