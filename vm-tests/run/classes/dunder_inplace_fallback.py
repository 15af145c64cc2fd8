class Acc:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        print("__add__")
        return Acc(self.v + o)
    def __repr__(self):
        return f"Acc({self.v})"

class Bag:
    def __init__(self):
        self.items = []
    def __iadd__(self, o):
        print("__iadd__")
        self.items.append(o)
        return self
    def __isub__(self, o):
        return NotImplemented

a = Acc(1)
b = a
a += 5
print(a, b, a is b)
bag = Bag()
same = bag
bag += 1
bag += 2
print(bag.items, bag is same)
try:
    bag -= 1
except TypeError as e:
    print("TypeError:", e)
