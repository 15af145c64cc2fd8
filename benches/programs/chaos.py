"""Chaos game: points thrown at random through an iterated function system (a fern and a
Sierpinski triangle), gathered on a grid that is printed as text."""
# bench: 200000
import sys
import random
import math

FERN = [
    (0.01, (0.0, 0.0, 0.0, 0.16, 0.0, 0.0)),
    (0.86, (0.85, 0.04, -0.04, 0.85, 0.0, 1.6)),
    (0.93, (0.2, -0.26, 0.23, 0.22, 0.0, 1.6)),
    (1.00, (-0.15, 0.28, 0.26, 0.24, 0.0, 0.44)),
]


class Grid:
    def __init__(self, width, height, xmin, xmax, ymin, ymax):
        self.width, self.height = width, height
        self.xmin, self.xmax, self.ymin, self.ymax = xmin, xmax, ymin, ymax
        self.cells = [[0] * width for _ in range(height)]

    def plot(self, x, y):
        col = int((x - self.xmin) / (self.xmax - self.xmin) * (self.width - 1))
        row = int((self.ymax - y) / (self.ymax - self.ymin) * (self.height - 1))
        if 0 <= col < self.width and 0 <= row < self.height:
            self.cells[row][col] += 1

    def render(self):
        shades = " .:-=+*#%@"
        top = max(max(r) for r in self.cells) or 1
        lines = []
        for r in self.cells:
            lines.append("".join(shades[min(9, int(math.log1p(c) / math.log1p(top) * 9))] for c in r))
        return "\n".join(lines)


def fern(grid, n, rng):
    x = y = 0.0
    for _ in range(n):
        p = rng.random()
        for limit, (a, b, c, d, e, f) in FERN:
            if p <= limit:
                x, y = a * x + b * y + e, c * x + d * y + f
                break
        grid.plot(x, y)


def sierpinski(grid, n, rng):
    corners = [(0.0, 0.0), (1.0, 0.0), (0.5, math.sqrt(3) / 2)]
    x, y = 0.3, 0.3
    for _ in range(n):
        cx, cy = rng.choice(corners)
        x, y = (x + cx) / 2, (y + cy) / 2
        grid.plot(x, y)


def main(n):
    rng = random.Random(1234)
    g1 = Grid(60, 24, -2.5, 2.8, 0.0, 10.0)
    fern(g1, n, rng)
    print(g1.render())
    g2 = Grid(48, 20, 0.0, 1.0, 0.0, 0.9)
    sierpinski(g2, n, rng)
    print(g2.render())
    print(sum(map(sum, g1.cells)), sum(map(sum, g2.cells)))


main(int(sys.argv[1]) if len(sys.argv) > 1 else 20000)
