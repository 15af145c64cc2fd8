class N:
    def __init__(self, v):
        self.v = v
    def __neg__(self):
        return N(-self.v)
    def __pos__(self):
        return N(abs(self.v))
    def __invert__(self):
        return N(~self.v)
    def __abs__(self):
        return self.v if self.v >= 0 else -self.v
    def __repr__(self):
        return f"N({self.v})"
print(-N(3), +N(-4), ~N(5), abs(N(-9)))
class LenOnly:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
print(bool(LenOnly(0)), bool(LenOnly(2)), not LenOnly(0))
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print("TypeError:", e)
try:
    -object()
except TypeError as e:
    print("TypeError:", e)
