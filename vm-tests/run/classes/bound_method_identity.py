class C:
    def m(self):
        return id(self) == id(c)
c = C()
bm = c.m
print(bm(), bm.__self__ is c, bm.__func__ is C.m, bm.__name__, bm.__qualname__)
print(C.m(c), c.m == c.m, c.m is c.m)
f = C.m
try:
    f()
except TypeError as e:
    print("TypeError:", e)
def outside(self, x):
    return x + 1
C.added = outside
print(c.added(41))
