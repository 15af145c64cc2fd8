class Temp:
    unit = "C"
    def __init__(self, deg):
        self.deg = deg
    @classmethod
    def from_f(cls, f):
        return cls((f - 32) * 5 / 9)
    @staticmethod
    def c_to_f(c):
        return c * 9 / 5 + 32
    @classmethod
    def describe(cls):
        return f"{cls.__name__} in {cls.unit}"
class Kelvin(Temp):
    unit = "K"
t = Temp.from_f(212)
print(t.deg, Temp.c_to_f(100), t.c_to_f(0), Temp.describe(), Kelvin.describe(), type(Kelvin.from_f(32)).__name__)
