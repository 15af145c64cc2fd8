class Base:
    def greet(self):
        return "base"
    @classmethod
    def make(cls):
        return "made " + cls.__name__
class Mid(Base):
    def greet(self):
        return "mid>" + super(Mid, self).greet()
class Leaf(Mid):
    def greet(self):
        return "leaf>" + super(Mid, self).greet()
    @classmethod
    def make(cls):
        return "leaf " + super().make()
print(Leaf().greet(), Mid().greet(), Leaf.make())
print(super(Leaf, Leaf()).greet())
try:
    super(Leaf, Base()).greet()
except TypeError as e:
    print("TypeError:", e)
