def parse(pattern):
    cells = set()
    for y, line in enumerate(pattern.strip("\n").split("\n")):
        for x, ch in enumerate(line):
            if ch == "#":
                cells.add((x, y))
    return cells


def neighbours(cell):
    x, y = cell
    for dx in (-1, 0, 1):
        for dy in (-1, 0, 1):
            if dx or dy:
                yield (x + dx, y + dy)


def step(live):
    counts = {}
    for cell in live:
        for n in neighbours(cell):
            counts[n] = counts.get(n, 0) + 1
    return {c for c, n in counts.items() if n == 3 or (n == 2 and c in live)}


def bounds(live):
    xs = [x for x, _ in live]
    ys = [y for _, y in live]
    return min(xs), min(ys), max(xs), max(ys)


def render(live, box=None):
    if not live:
        return ["(empty)"]
    x0, y0, x1, y1 = box or bounds(live)
    return ["".join("#" if (x, y) in live else "." for x in range(x0, x1 + 1)) for y in range(y0, y1 + 1)]


def run(name, pattern, generations, show=()):
    live = parse(pattern)
    seen = {}
    print(f"== {name}: {len(live)} cells")
    for g in range(generations + 1):
        key = frozenset(live)
        if key in seen:
            print(f"generation {g} repeats generation {seen[key]} (period {g - seen[key]})")
            break
        seen[key] = g
        if g in show:
            print(f"generation {g}:")
            for line in render(live):
                print("   ", line)
        live = step(live)
    else:
        print(f"after {generations} generations: {len(live)} cells, bounds {bounds(live) if live else None}")
    return live


GLIDER = """
.#.
..#
###
"""
BLINKER = """
###
"""
TOAD = """
.###
###.
"""
R_PENTOMINO = """
.##
##.
.#.
"""
BLOCK = """
##
##
"""

run("block", BLOCK, 5, show=(0,))
run("blinker", BLINKER, 5, show=(0, 1))
run("toad", TOAD, 5, show=(0, 1))
g = run("glider", GLIDER, 8, show=(0, 4, 8))
print("glider moved to", sorted(g))
r = run("r-pentomino", R_PENTOMINO, 60, show=(10,))
print("population trace:", end=" ")
live = parse(R_PENTOMINO)
trace = []
for _ in range(30):
    live = step(live)
    trace.append(len(live))
print(trace)
print("max population", max(trace), "at", trace.index(max(trace)) + 1)


def step_torus(live, width, height):
    counts = {}
    for x, y in live:
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                if dx or dy:
                    cell = ((x + dx) % width, (y + dy) % height)
                    counts[cell] = counts.get(cell, 0) + 1
    return {c for c, n in counts.items() if n == 3 or (n == 2 and c in live)}


torus = parse(GLIDER)
for gen in range(24):
    torus = step_torus(torus, 6, 6)
print("glider on a 6x6 torus after 24 steps:", sorted(torus), "back home:", torus == parse(GLIDER))
for line in render(torus, (0, 0, 5, 5)):
    print("   ", line)
