def handle(msg):
    match msg:
        case {"op": "add", "args": [a, b]}:
            return a + b
        case {"op": "neg", "args": [a]}:
            return -a
        case {"op": op}:
            return f"unknown op {op}"
        case [("x" | "y") as axis, int(v)]:
            return f"{axis}={v}"
        case 0 | 1 | 2:
            return "small"
        case float(f) if f > 1:
            return "big float"
        case _:
            return "?"
for m in [{"op": "add", "args": [2, 3]}, {"op": "neg", "args": [4]}, {"op": "mul"}, ["x", 5], ["z", 1], 2, 3.5, 0.5]:
    print(handle(m))
