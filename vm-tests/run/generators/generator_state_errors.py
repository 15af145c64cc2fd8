def g():
    yield 1
gen = g()
try:
    gen.send(5)
except TypeError as e:
    print(e)
print(next(gen))
try:
    next(gen)
except StopIteration:
    print("exhausted")
try:
    next(gen)
except StopIteration:
    print("still exhausted")
