def gen():
    yield me.send(None)
me = gen()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)
def recurse():
    yield from g2
g2 = recurse()
try:
    next(g2)
except ValueError as e:
    print("ValueError:", e)
