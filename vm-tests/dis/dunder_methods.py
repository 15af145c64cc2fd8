class Vec:
    def __init__(self, *xs):
        self.xs = list(xs)

    def __add__(self, other):
        return Vec(*[a + b for a, b in zip(self.xs, other.xs)])

    def __mul__(self, k):
        return Vec(*[a * k for a in self.xs])

    __rmul__ = __mul__

    def __neg__(self):
        return self * -1

    def __eq__(self, other):
        return isinstance(other, Vec) and self.xs == other.xs

    def __hash__(self):
        return hash(tuple(self.xs))

    def __len__(self):
        return len(self.xs)

    def __getitem__(self, i):
        return self.xs[i]

    def __setitem__(self, i, v):
        self.xs[i] = v

    def __contains__(self, v):
        return v in self.xs

    def __iter__(self):
        return iter(self.xs)

    def __bool__(self):
        return any(self.xs)

    def __repr__(self):
        return f"Vec{tuple(self.xs)}"

    def __call__(self, i):
        return self.xs[i] * 10


v = Vec(1, 2, 3)
w = Vec(4, 5, 6)
v[0] = 7
print(v + w, 2 * v, -v, v == Vec(7, 2, 3), len(v), v[1], 3 in v, list(v), bool(Vec(0)), v(2))
print({v: 1}[Vec(7, 2, 3)])
