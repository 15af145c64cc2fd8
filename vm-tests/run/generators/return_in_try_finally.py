def gen():
    try:
        yield 1
        return "early"
    finally:
        print("finally in generator")
g = gen()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("value", e.value)
def gen2():
    for i in range(3):
        try:
            yield i
        finally:
            print("finally", i)
print(list(gen2()))
