class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y) if isinstance(o, Vec) else NotImplemented
    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y)
    def __mul__(self, k):
        return Vec(self.x * k, self.y * k) if isinstance(k, (int, float)) else NotImplemented
    __rmul__ = __mul__
    def __truediv__(self, k):
        return Vec(self.x / k, self.y / k)
    def __neg__(self):
        return Vec(-self.x, -self.y)
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __bool__(self):
        return bool(self.x or self.y)
    def __eq__(self, o):
        return isinstance(o, Vec) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return f"Vec({self.x}, {self.y})"

a, b = Vec(3, 4), Vec(1, -1)
print(a + b, a - b, a * 2, 3 * b, a / 2, -a, abs(a))
print(bool(Vec(0, 0)), bool(a), a == Vec(3, 4), len({a, Vec(3, 4), b}))
for expr in ("a + 1", "a * a", "'s' * a"):
    try:
        eval_result = {"a + 1": lambda: a + 1, "a * a": lambda: a * a, "'s' * a": lambda: "s" * a}[expr]()
    except TypeError as e:
        print("TypeError:", e)
