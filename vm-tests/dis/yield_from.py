def inner():
    x = yield 1
    y = yield 2
    return (x, y)


def outer():
    result = yield from inner()
    yield ("inner returned", result)
    yield from [10, 20]


def flatten(items):
    for item in items:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item


g = outer()
print(next(g), g.send("a"), g.send("b"), list(g))
print(list(flatten([1, [2, [3, [4]], 5], 6])))


def guarded():
    try:
        yield from inner()
    except KeyError:
        yield "caught"


h = guarded()
next(h)
print(h.throw(KeyError("k")))
