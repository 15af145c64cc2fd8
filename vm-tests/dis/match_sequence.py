def shape(points):
    match points:
        case []:
            return "empty"
        case [x]:
            return f"one {x}"
        case [x, y]:
            return f"two {x},{y}"
        case [first, *middle, last]:
            return f"first={first} middle={middle} last={last}"
        case _:
            return "not a sequence"


def command(cmd):
    match cmd.split():
        case ["go", ("north" | "south") as direction]:
            return "going " + direction
        case ["take", item, *rest] if not rest:
            return "taking " + item
        case ["drop", *items]:
            return "dropping " + ",".join(items)
        case _:
            return "unknown"


for p in [[], [1], (1, 2), [1, 2, 3, 4], "str", 5]:
    print(shape(p))
for c in ["go north", "take lamp", "take a b", "drop x y", "fly"]:
    print(command(c))
