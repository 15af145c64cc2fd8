"""Coroutines: `async def` functions awaiting each other (a recursive Fibonacci), and a small
round-robin scheduler driving tasks through an awaitable that suspends them; no event loop
library. Prints a checksum."""
# bench: 28
import sys


async def fibonacci(n):
    if n <= 1:
        return n
    return await fibonacci(n - 1) + await fibonacci(n - 2)


class Pause:
    """An awaitable that hands control back to the scheduler once."""

    def __await__(self):
        yield self


async def worker(name, steps, log):
    total = 0
    for i in range(steps):
        total += i * name
        if i % 3 == 0:
            await Pause()
    log.append(total)
    return total


def run(coroutine):
    """Drives a coroutine that never suspends to its result."""
    try:
        coroutine.send(None)
    except StopIteration as done:
        return done.value
    raise RuntimeError("coroutine suspended")


def schedule(tasks):
    results = []
    ready = list(tasks)
    switches = 0
    while ready:
        task = ready.pop(0)
        try:
            task.send(None)
        except StopIteration as done:
            results.append(done.value)
        else:
            ready.append(task)
            switches += 1
    return results, switches


def main(n):
    print(run(fibonacci(n)))
    log = []
    results, switches = schedule([worker(k, n * 40, log) for k in range(1, 30)])
    print(sum(results), switches, log[:3])


main(int(sys.argv[1]) if len(sys.argv) > 1 else 15)
