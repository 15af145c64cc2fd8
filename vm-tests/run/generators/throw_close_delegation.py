def inner():
    try:
        yield 1
        yield 2
    except KeyError as e:
        print("inner caught", repr(e))
        yield "recovered"
        return "inner result"
    finally:
        print("inner finally")

def outer():
    try:
        result = yield from inner()
        print("outer got", result)
        yield "after"
    except ValueError as e:
        print("outer caught", repr(e))
        yield "outer recovered"
    finally:
        print("outer finally")

g = outer()
print(next(g))
print(g.throw(KeyError("k")))
print(g.throw(KeyError("k2")) if False else next(g))
g.close()
print("closed")

g = outer()
print(next(g))
print(g.throw(ValueError("v")))
g.close()

g = outer()
next(g)
g.close()
print("closed while delegating")

class Delegate:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration(self.n)
        return self.n
    def throw(self, exc):
        print("Delegate.throw", repr(exc))
        return -1
    def close(self):
        print("Delegate.close")

def uses_delegate():
    r = yield from Delegate()
    return r

g = uses_delegate()
print(next(g), g.throw(IndexError("i")), next(g))
g.close()

def deep():
    yield from outer()

g = deep()
print(next(g))
print(g.throw(KeyError("deep")))
try:
    g.throw(TypeError("unhandled"))
except TypeError as e:
    print("propagated", repr(e))
print(list(g))
