def categorize(pairs):
    out = []
    for p in pairs:
        match p:
            case (x, y) if x == y:
                out.append(f"same {x}")
            case (x, y) if x > y:
                out.append(f"desc {x}>{y}")
            case (x, _) as whole:
                out.append(f"other {whole} starting {x}")
            case [*_]:
                out.append("not a pair")
    return out
print(categorize([(1, 1), (3, 2), (1, 5), [1, 2, 3]]))
x = "outer"
match 5:
    case x:
        pass
print("capture rebinds:", x)
