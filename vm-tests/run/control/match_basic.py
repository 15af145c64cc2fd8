def describe(v):
    match v:
        case 0:
            return "zero"
        case [a, b]:
            return f"pair {a} {b}"
        case {"k": value}:
            return f"dict with {value}"
        case str() as s:
            return "str " + s
        case _:
            return "other"
for v in [0, [1, 2], {"k": 9}, "hi", 3.5]:
    print(describe(v))
