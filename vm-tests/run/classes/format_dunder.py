class Temp:
    def __init__(self, c):
        self.c = c
    def __format__(self, spec):
        if spec.endswith("F"):
            return format(self.c * 9 / 5 + 32, spec[:-1] + "f") + "F"
        return format(self.c, spec) + "C"
t = Temp(21.5)
print(f"{t}", f"{t:.0F}", f"{t:>8.2f}", format(t, ".1F"), "{:.3}".format(t))
class Bad:
    def __format__(self, spec):
        return 5
try:
    f"{Bad()}"
except TypeError as e:
    print("TypeError:", e)
