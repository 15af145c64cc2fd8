class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, o):
        return (self.x, self.y) == (o.x, o.y)
    __hash__ = None
try:
    hash(Point(1, 2))
except TypeError as e:
    print("TypeError:", e)
class Frozen(Point):
    def __hash__(self):
        return hash((self.x, self.y))
print(hash(Frozen(1, 2)) == hash((1, 2)), {Frozen(1, 2): "ok"}[Frozen(1, 2)])
class Bag:
    def __init__(self, items=None):
        self.items = items if items is not None else []
a, b = Bag(), Bag()
a.items.append(1)
print(a.items, b.items)
