def counter(n):
    yield from range(n)
g = counter(3)
print(g.__name__, g.__qualname__, g.gi_running)
class K:
    def gen(self):
        yield self
k = K()
print(K().gen().__qualname__)
print(repr(counter(1)).startswith("<generator object counter at 0x"))
print(iter(g) is g, next(g), list(g))
