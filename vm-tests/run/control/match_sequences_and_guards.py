def route(cmd):
    match cmd.split():
        case []:
            return "empty"
        case ["go", direction] if direction in ("n", "s", "e", "w"):
            return "go " + direction
        case ["go", other]:
            return "bad direction " + other
        case ["pick", *items] if items:
            return "pick " + "+".join(items)
        case [single]:
            return "single " + single
        case _:
            return "unknown"
for c in ["", "go n", "go up", "pick a b", "pick", "look", "x y z"]:
    print(repr(c), route(c))
