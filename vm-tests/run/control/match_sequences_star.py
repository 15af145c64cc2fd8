def classify(seq):
    match seq:
        case []:
            return "empty"
        case [x]:
            return f"one: {x}"
        case [first, *middle, last] if not middle:
            return f"pair {first},{last}"
        case [first, *rest]:
            return f"head {first} + {len(rest)} more"
for s in ([], [1], [1, 2], [1, 2, 3, 4], (5, 6, 7), range(3)):
    print(classify(s))
match "abc":
    case [a, b, c]:
        print("str is not a sequence pattern")
    case _:
        print("strings do not match sequence patterns")
match {"a": 1}:
    case [x]:
        print("no")
    case {"a": v, **rest}:
        print("mapping", v, rest)
