def empty():
    return
    yield
def only_return():
    if False:
        yield 1
    return "value"
print(list(empty()), list(only_return()))
g = only_return()
try:
    next(g)
except StopIteration as e:
    print(repr(e.value), e.args)
def yields_none():
    yield
    yield None
print(list(yields_none()))
