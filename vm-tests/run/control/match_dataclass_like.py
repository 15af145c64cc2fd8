class Expr:
    pass
class Num(Expr):
    __match_args__ = ("value",)
    def __init__(self, value):
        self.value = value
class Add(Expr):
    __match_args__ = ("left", "right")
    def __init__(self, left, right):
        self.left, self.right = left, right
class Mul(Add):
    pass
def evaluate(e):
    match e:
        case Num(v):
            return v
        case Mul(l, r):
            return evaluate(l) * evaluate(r)
        case Add(Num(0), r) | Add(r, Num(0)):
            return evaluate(r)
        case Add(l, r):
            return evaluate(l) + evaluate(r)
def show(e):
    match e:
        case Num(value=v):
            return str(v)
        case Mul(left=l, right=r):
            return f"({show(l)} * {show(r)})"
        case Add(l, r):
            return f"({show(l)} + {show(r)})"
tree = Add(Mul(Num(3), Num(4)), Add(Num(0), Num(5)))
print(show(tree), "=", evaluate(tree))
