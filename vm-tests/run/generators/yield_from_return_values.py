def inner(n):
    for i in range(n):
        yield i
    return n * 100
def outer():
    a = yield from inner(2)
    b = yield from inner(1)
    c = yield from [7, 8]
    d = yield from ()
    return (a, b, c, d)
g = outer()
print(list(g))
def collect():
    result = yield from outer()
    print("outer returned", result)
print(list(collect()))
