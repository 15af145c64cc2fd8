class L:
    def __init__(self, name):
        self.name = name
    def __add__(self, o):
        print(f"{self.name}.__add__")
        return NotImplemented
    def __radd__(self, o):
        print(f"{self.name}.__radd__")
        return f"{o.name if isinstance(o, L) else o}+{self.name}"
class Sub(L):
    def __radd__(self, o):
        print("Sub.__radd__ first")
        return "sub wins"
print(L("a") + L("b"))
print(L("a") + Sub("s"))
print(1 + L("c"))
try:
    L("x") + 1
except TypeError as e:
    print("TypeError:", e)
