e = StopIteration(5)
print(e.value, e.args, repr(e))
print(StopIteration().value, StopIteration(1, 2).value)
def gen():
    yield 1
    return "done"
g = gen()
next(g)
try:
    next(g)
except StopIteration as stop:
    print("value:", stop.value)
def bad():
    raise StopIteration("leak")
    yield
try:
    list(bad())
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))
