def kind(v):
    match v:
        case bool(b):
            return f"bool {b}"
        case int(i) if i < 0:
            return f"negative {i}"
        case int(i):
            return f"int {i}"
        case float(f):
            return f"float {f}"
        case str() as s if s.isdigit():
            return f"digits {s}"
        case list([first, *_]):
            return f"list starting {first}"
        case dict({"id": ident}):
            return f"record {ident}"
        case tuple(()):
            return "empty tuple"
        case _:
            return type(v).__name__
for v in [True, -3, 4, 2.0, "42", "x", [9, 8], [], {"id": 7}, (), (1,)]:
    print(kind(v))
