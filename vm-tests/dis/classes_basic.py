class Point:
    """A 2-D point."""
    dims = 2

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm2(self):
        return self.x * self.x + self.y * self.y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"

    def moved(self, dx=0, dy=0):
        return Point(self.x + dx, self.y + dy)


p = Point(3, 4)
print(p, p.norm2(), p.moved(dy=1), Point.dims, p.dims, Point.__doc__)
print(Point.__name__, Point.__qualname__, Point.__module__)
