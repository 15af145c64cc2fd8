def gen():
    yield 1
    yield 2
g = gen()
print(next(g), next(g))
print(next(g, "default"), next(g, None))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.args)
try:
    next([1, 2])
except TypeError as e:
    print("TypeError:", e)
it = iter([1])
print(next(it), next(it, "end"))
