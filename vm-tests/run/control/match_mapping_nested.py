def handle(event):
    match event:
        case {"type": "click", "pos": (x, y), **extra}:
            return f"click at {x},{y} extra={sorted(extra)}"
        case {"type": "key", "key": str(k)} if len(k) == 1:
            return f"key {k}"
        case {"type": "key", "key": k}:
            return f"special key {k}"
        case {"type": t}:
            return f"unhandled {t}"
        case _:
            return "not an event"
for e in [{"type": "click", "pos": (1, 2)}, {"type": "click", "pos": (3, 4), "button": 2, "mods": []},
          {"type": "key", "key": "a"}, {"type": "key", "key": "Enter"}, {"type": "scroll"}, {"pos": 1}, 42]:
    print(handle(e))
