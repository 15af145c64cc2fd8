def inner(n):
    for i in range(n):
        yield i
    return n * 10
def outer():
    r1 = yield from inner(2)
    r2 = yield from inner(3)
    yield r1 + r2
    yield from ["x", "y"]
print(list(outer()))
def flatten(xs):
    for x in xs:
        if isinstance(x, (list, tuple)):
            yield from flatten(x)
        else:
            yield x
print(list(flatten([1, [2, (3, [4, 5])], [], 6])))
