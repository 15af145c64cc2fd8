class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = {}
    def __getitem__(self, key):
        x, y = key
        if not (0 <= x < self.w and 0 <= y < self.h):
            raise IndexError(f"cell {key} out of range")
        return self.cells.get(key, ".")
    def __setitem__(self, key, value):
        self[key]
        self.cells[key] = value
    def __delitem__(self, key):
        del self.cells[key]
    def __contains__(self, key):
        return key in self.cells
    def __len__(self):
        return len(self.cells)
    def __iter__(self):
        for y in range(self.h):
            yield "".join(self[x, y] for x in range(self.w))

g = Grid(3, 2)
g[0, 0] = "#"
g[2, 1] = "@"
print(list(g), len(g), (0, 0) in g, (1, 1) in g)
del g[0, 0]
print(list(g), len(g))
for bad in ((5, 5), (0, 0)):
    try:
        if bad == (5, 5):
            g[bad] = "x"
        else:
            del g[bad]
    except (IndexError, KeyError) as e:
        print(type(e).__name__, e)
