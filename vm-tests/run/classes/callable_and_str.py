class Multiplier:
    def __init__(self, k):
        self.k = k
    def __call__(self, x):
        return x * self.k
    def __str__(self):
        return f"x{self.k}"
    def __repr__(self):
        return f"Multiplier({self.k})"
triple = Multiplier(3)
print(triple(5), list(map(triple, [1, 2])), str(triple), repr(triple), f"{triple}", f"{triple!r}", [triple], callable(triple))
class OnlyRepr:
    def __repr__(self):
        return "<only repr>"
print(OnlyRepr(), str(OnlyRepr()), f"{OnlyRepr()}")
