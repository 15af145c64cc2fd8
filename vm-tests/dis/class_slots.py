class Slotted:
    __slots__ = ("a", "b")

    def __init__(self, a, b):
        self.a = a
        self.b = b

    def total(self):
        return self.a + self.b


s = Slotted(1, 2)
s.a = 10
print(s.total(), Slotted.__slots__)
try:
    s.c = 3
except AttributeError as e:
    print("no slot:", e)
