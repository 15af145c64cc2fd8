class Meters:
    def __init__(self, v):
        self.v = v
    def __int__(self):
        return int(self.v)
    def __float__(self):
        return float(self.v)
    def __index__(self):
        return int(self.v)
    def __round__(self, nd=None):
        return Meters(round(self.v, nd))
    def __repr__(self):
        return f"Meters({self.v})"
m = Meters(3.7)
print(int(m), float(m), round(m), round(m, 0), bin(Meters(5)), [0, 1, 2, 3, 4, 5][Meters(2)])
print(hex(Meters(255)), "abcdef"[Meters(1):Meters(3)])
class NoIndex:
    pass
try:
    [1, 2][NoIndex()]
except TypeError as e:
    print("TypeError:", e)
try:
    int(NoIndex())
except TypeError as e:
    print("TypeError:", e)
