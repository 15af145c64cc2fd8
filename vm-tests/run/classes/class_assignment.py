# obj.__class__ = cls: the object takes the new class (its attributes stay); layouts must agree.
class A:
    def __init__(self): self.v = 1
    def who(self): return "A"
class B:
    def who(self): return "B"
class S:
    __slots__ = ("v",)
a = A()
a.__class__ = B
print(a.who(), a.v, type(a).__name__, vars(a))
try:
    a.__class__ = S
except TypeError as e:
    print(e)
try:
    a.__class__ = 3
except TypeError as e:
    print(e)
try:
    a.__class__ = int
except TypeError as e:
    print(e)
