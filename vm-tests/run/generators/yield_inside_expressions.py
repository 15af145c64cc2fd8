def g():
    x = (yield 1) + (yield 2)
    print("sum", x)
    z = yield
    return z
gen = g()
print(next(gen))
print(gen.send(10))
print(gen.send(20))
try:
    gen.send("last")
except StopIteration as e:
    print("returned", e.value)
