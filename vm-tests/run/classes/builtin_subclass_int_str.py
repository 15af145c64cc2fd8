class Money(int):
    def __repr__(self):
        return f"${int(self)}"
    def __add__(self, o):
        return Money(int(self) + int(o))
m = Money(5) + Money(7)
print(m, repr(m), m * 2, type(m * 2).__name__, isinstance(m, int))
class Tag(str):
    def wrap(self):
        return f"<{self}>"
t = Tag("b")
print(t.wrap(), t.upper(), type(t.upper()).__name__, t == "b", len(t))
class Flag(int):
    pass
print(Flag(3) + 1, Flag(2) == 2, hash(Flag(7)) == hash(7))
