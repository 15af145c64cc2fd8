def inner():
    yield 1
    raise LookupError("deep in inner")
def middle():
    yield from inner()
def outer():
    yield from middle()
for v in outer():
    print(v)
