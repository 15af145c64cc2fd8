def kind(x):
    match x:
        case int() | float() if x < 0:
            return "negative number"
        case int(n):
            return f"int {n}"
        case float():
            return "float"
        case (a, b, *rest):
            return f"seq {a} {b} +{len(rest)}"
        case {"type": t, **others}:
            return f"typed {t} {sorted(others)}"
        case None | True | False:
            return "singleton"
        case _:
            return "unknown"
for v in [-3, 4, 2.5, (1, 2, 3, 4), [1, 2], {"type": "a", "x": 1}, None, True, "str"]:
    print(repr(v), kind(v))
