class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class Circle:
    def __init__(self, center, r):
        self.center = center
        self.r = r


def where(obj):
    match obj:
        case Point(0, 0):
            return "origin"
        case Point(x, 0):
            return f"on x axis at {x}"
        case Point(x=0, y=y):
            return f"on y axis at {y}"
        case Circle(center=Point(x, y), r=r) if r > 10:
            return f"big circle at {x},{y}"
        case Circle():
            return "small circle"
        case int(n) | float(n):
            return f"number {n}"
        case _:
            return "unknown"


for o in [Point(0, 0), Point(5, 0), Point(0, 7), Circle(Point(1, 2), 20), Circle(Point(0, 0), 1), 4, 2.5, "s"]:
    print(where(o))
