class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    def swap(self):
        return Pair(self[1], self[0])
    def __repr__(self):
        return f"Pair{tuple(self)}"
p = Pair(1, 2)
print(p, p.swap(), p + (3,), len(p), p == (1, 2), hash(p) == hash((1, 2)))
a, b = p
print(a, b)
class Celsius(float):
    def __str__(self):
        return f"{float(self):.1f}C"
c = Celsius(21.456)
print(str(c), c + 1, round(c, 1), isinstance(c, float), Celsius(3) * 2)
