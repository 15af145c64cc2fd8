def leaf():
    total = 0
    while True:
        try:
            x = yield total
        except ValueError:
            total = -1
            continue
        if x is None:
            return total
        total += x
def middle():
    r = yield from leaf()
    print("leaf returned", r)
    return r * 10
def top():
    r = yield from middle()
    yield f"top got {r}"
g = top()
next(g)
print(g.send(5), g.send(6))
print(g.throw(ValueError))
print(g.send(4))
print(g.send(None))
