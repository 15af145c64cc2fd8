class Point:
    """A point."""
    count = 0
    def __init__(self, x, y):
        self.x = x
        self.y = y
        Point.count += 1
    def dist2(self):
        return self.x ** 2 + self.y ** 2
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
p = Point(3, 4)
q = Point(1, 2)
print(p, q, p.dist2(), Point.count, p.count, Point.__doc__, Point.__name__, Point.__qualname__, Point.__module__)
print(type(p) is Point, isinstance(p, Point), isinstance(p, object), type(p).__name__, p.__class__.__name__)
print(p.__dict__, sorted(vars(q)) if False else sorted(q.__dict__))
p.z = 9
print(p.z, hasattr(p, "z"), hasattr(q, "z"), getattr(q, "z", "none"))
del p.z
print(hasattr(p, "z"))
