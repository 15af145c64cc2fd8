def handle(event):
    match event:
        case {"type": "click", "pos": (x, y)}:
            return f"click at {x},{y}"
        case {"type": "key", "key": str(k), **rest}:
            return f"key {k} extra={sorted(rest)}"
        case {"type": t}:
            return "unhandled " + t
        case _:
            return "not an event"


events = [
    {"type": "click", "pos": (3, 4)},
    {"type": "key", "key": "q", "mods": 1, "time": 2},
    {"type": "scroll"},
    [1, 2],
]
for e in events:
    print(handle(e))
