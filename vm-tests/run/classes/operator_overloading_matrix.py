class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
    def __matmul__(self, other):
        cols = list(zip(*other.rows))
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])
    def __mul__(self, k):
        return Matrix([[v * k for v in r] for r in self.rows])
    def __eq__(self, other):
        return self.rows == other.rows
    def __getitem__(self, idx):
        r, c = idx
        return self.rows[r][c]
    def __repr__(self):
        return f"Matrix({self.rows})"
a = Matrix([[1, 2], [3, 4]])
i = Matrix([[1, 0], [0, 1]])
print(a @ i == a, a @ a, a * 2, a[1, 0])
try:
    a @ 3
except AttributeError as e:
    print("AttributeError:", e)
try:
    3 @ a
except TypeError as e:
    print("TypeError:", e)
