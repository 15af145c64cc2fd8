# Generators resumed by for loops and yield from run in the resuming loop: the edges.
def selfish():
    yield 1
    for x in me:
        yield x

me = selfish()
try:
    for v in me:
        print("got", v)
except ValueError as e:
    print("ValueError:", e)
print(me.gi_running, next(me, "finished"))

def inner():
    got = yield "first"
    print("inner got", got)
    return "inner result"

def outer():
    r = yield from inner()
    print("outer got", r)
    yield r.upper()

o = outer()
print(next(o))
print(o.send("hello"))
for rest in o:
    print("rest", rest)

def boom(n):
    yield n
    raise KeyError(n)

def relay():
    for v in boom(3):
        yield v * 2

try:
    for v in relay():
        print("relay", v)
except KeyError as e:
    print("KeyError", e)

async def leaf(x):
    return x + 1

async def middle():
    total = 0
    for i in range(3):
        total += await leaf(i)
    return total

c = middle()
try:
    c.send(None)
except StopIteration as s:
    print("coroutine result", s.value)

def loop_and_break():
    for i in range(10):
        yield i

g = loop_and_break()
for v in g:
    if v == 2:
        break
print("after break", next(g))

def stopper():
    yield 1
    raise StopIteration("inside")

try:
    for v in stopper():
        print("stopper", v)
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__)

def chain(n):
    if n == 0:
        yield 1 / 0
    yield from chain(n - 1)

for v in chain(3):
    print(v)
