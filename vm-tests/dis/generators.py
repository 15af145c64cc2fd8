def countdown(n):
    while n > 0:
        yield n
        n -= 1
    return "done"


def fib_gen():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


def echo():
    received = []
    while True:
        value = yield len(received)
        if value is None:
            break
        received.append(value)
    return received


print(list(countdown(5)))
f = fib_gen()
print([next(f) for _ in range(10)])
e = echo()
next(e)
e.send("a")
e.send("b")
try:
    e.send(None)
except StopIteration as stop:
    print("returned", stop.value)
