import_free = True
class Color:
    RED = "red"
    GREEN = "green"
def name(v):
    match v:
        case None:
            return "none"
        case True:
            return "true"
        case False:
            return "false"
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case -1:
            return "minus one"
        case 1.5:
            return "one and a half"
        case Color.RED:
            return "the red constant"
        case "x" | "y" as axis:
            return f"axis {axis}"
        case b"raw":
            return "bytes"
        case _:
            return f"other {v!r}"
for v in [None, True, False, 0, 2, -1, 1.5, "red", "y", b"raw", 1.0, 99]:
    print(name(v))
