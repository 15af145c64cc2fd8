def describe(value):
    match value:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case "hello":
            return "greeting"
        case None:
            return "nothing"
        case True:
            return "true"
        case float():
            return "a float"
        case str() as s if len(s) > 3:
            return "long string " + s
        case _:
            return "other"


for v in [0, 2, "hello", None, True, 1.5, "abcdef", "ab", [1]]:
    print(repr(v), describe(v))
