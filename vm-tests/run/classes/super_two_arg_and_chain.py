class Base:
    def __init__(self):
        self.log = ["Base"]
    def greet(self):
        return "base"
class Mid(Base):
    def __init__(self):
        super(Mid, self).__init__()
        self.log.append("Mid")
    def greet(self):
        return "mid+" + super(Mid, self).greet()
class Leaf(Mid):
    def __init__(self):
        super().__init__()
        self.log.append("Leaf")
    def greet(self):
        return "leaf+" + super().greet()
x = Leaf()
print(x.log, x.greet(), super(Leaf, x).greet(), super(Mid, x).greet())
