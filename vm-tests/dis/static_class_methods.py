class Temperature:
    scale = "C"

    def __init__(self, degrees):
        self.degrees = degrees

    @staticmethod
    def to_f(c):
        return c * 9 / 5 + 32

    @classmethod
    def from_f(cls, f):
        return cls((f - 32) * 5 / 9)

    @classmethod
    def describe(cls):
        return f"{cls.__name__} in {cls.scale}"


t = Temperature.from_f(212)
print(t.degrees, Temperature.to_f(100), t.to_f(0), Temperature.describe(), t.describe())
