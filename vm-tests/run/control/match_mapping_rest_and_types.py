config = {"host": "x", "port": 80, "debug": True, "extra": [1]}
match config:
    case {"host": str(host), "port": int(port), **rest}:
        print(host, port, sorted(rest))
match {"a": 1}:
    case {"a": 1, "b": _}:
        print("needs b")
    case {"a": 1}:
        print("only a needed")
class M(dict):
    pass
match M(k=3):
    case {"k": v}:
        print("dict subclass matches", v)
match [1, {"x": [2, 3]}]:
    case [a, {"x": [b, c]}]:
        print(a + b + c)
