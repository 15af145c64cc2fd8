class Num:
    def __init__(self, v):
        self.v = v
    def __floordiv__(self, o):
        return Num(self.v // o)
    def __mod__(self, o):
        return Num(self.v % o)
    def __divmod__(self, o):
        return (self // o, self % o)
    def __pow__(self, e, mod=None):
        return Num(pow(self.v, e, mod))
    def __rpow__(self, base):
        return Num(base ** self.v)
    def __truediv__(self, o):
        return Num(self.v / o)
    def __rtruediv__(self, o):
        return Num(o / self.v)
    def __repr__(self):
        return f"Num({self.v})"
n = Num(17)
print(n // 5, n % 5, divmod(n, 5), n ** 2, pow(n, 2, 5), 2 ** Num(3), n / 2, 34 / n)
