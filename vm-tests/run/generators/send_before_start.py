def gen():
    x = yield 1
    print("got", x)
g = gen()
try:
    g.send(5)
except TypeError as e:
    print("TypeError:", e)
print(g.send(None))
try:
    g.send("hi")
except StopIteration:
    print("stopped")
print(g.send(None) if False else "done")
try:
    next(g)
except StopIteration:
    print("still stopped")
