def tokenize(src):
    tokens = []
    i = 0
    while i < len(src):
        ch = src[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit() or ch == ".":
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            text = src[i:j]
            tokens.append(("num", float(text) if "." in text else int(text)))
            i = j
        elif ch.isalpha() or ch == "_":
            j = i
            while j < len(src) and (src[j].isalnum() or src[j] == "_"):
                j += 1
            tokens.append(("name", src[i:j]))
            i = j
        elif src.startswith("**", i):
            tokens.append(("op", "**"))
            i += 2
        elif ch in "+-*/%(),=^":
            tokens.append(("op", ch))
            i += 1
        else:
            raise ValueError(f"unexpected character {ch!r} at {i}")
    tokens.append(("end", None))
    return tokens


def parse(tokens):
    pos = [0]

    def peek():
        return tokens[pos[0]]

    def take(kind=None, value=None):
        tok = tokens[pos[0]]
        if kind and tok[0] != kind or value is not None and tok[1] != value:
            raise SyntaxError(f"expected {value or kind}, got {tok[1]!r}")
        pos[0] += 1
        return tok

    def expr():
        node = term()
        while peek() in [("op", "+"), ("op", "-")]:
            op = take()[1]
            node = (op, node, term())
        return node

    def term():
        node = factor()
        while peek() in [("op", "*"), ("op", "/"), ("op", "%")]:
            op = take()[1]
            node = (op, node, factor())
        return node

    def factor():
        if peek() == ("op", "-"):
            take()
            return ("neg", factor())
        base = atom()
        if peek() in [("op", "**"), ("op", "^")]:
            take()
            return ("**", base, factor())
        return base

    def atom():
        tok = take()
        if tok[0] == "num":
            return ("num", tok[1])
        if tok[0] == "name":
            if peek() == ("op", "("):
                take()
                args = []
                if peek() != ("op", ")"):
                    args.append(expr())
                    while peek() == ("op", ","):
                        take()
                        args.append(expr())
                take("op", ")")
                return ("call", tok[1], args)
            return ("var", tok[1])
        if tok == ("op", "("):
            node = expr()
            take("op", ")")
            return node
        raise SyntaxError(f"unexpected token {tok[1]!r}")

    if tokens[0][0] == "name" and tokens[1] == ("op", "="):
        name = take()[1]
        take()
        tree = ("assign", name, expr())
    else:
        tree = expr()
    take("end")
    return tree


def sqrt(x):
    if x < 0:
        raise ValueError("sqrt of negative")
    guess = x / 2 or 1.0
    for _ in range(60):
        guess = (guess + x / guess) / 2
    return guess


FUNCS = {
    "abs": abs,
    "max": max,
    "min": min,
    "sqrt": sqrt,
    "round": round,
}


def evaluate(node, env):
    kind = node[0]
    if kind == "num":
        return node[1]
    if kind == "var":
        if node[1] not in env:
            raise NameError(f"unknown variable {node[1]}")
        return env[node[1]]
    if kind == "neg":
        return -evaluate(node[1], env)
    if kind == "assign":
        env[node[1]] = evaluate(node[2], env)
        return env[node[1]]
    if kind == "call":
        fn = FUNCS.get(node[1])
        if fn is None:
            raise NameError(f"unknown function {node[1]}")
        return fn(*[evaluate(a, env) for a in node[2]])
    left, right = evaluate(node[1], env), evaluate(node[2], env)
    if kind == "+":
        return left + right
    if kind == "-":
        return left - right
    if kind == "*":
        return left * right
    if kind == "/":
        return left / right
    if kind == "%":
        return left % right
    if kind == "**":
        return left ** right
    raise ValueError(kind)


def show(node):
    kind = node[0]
    if kind == "num":
        return repr(node[1])
    if kind == "var":
        return node[1]
    if kind == "neg":
        return f"(-{show(node[1])})"
    if kind == "assign":
        return f"{node[1]} := {show(node[2])}"
    if kind == "call":
        return f"{node[1]}({', '.join(show(a) for a in node[2]) if False else ', '.join([show(a) for a in node[2]])})"
    return f"({show(node[1])} {kind} {show(node[2])})"


env = {"pi": 3.141592653589793}
programs = [
    "1 + 2 * 3",
    "(1 + 2) * 3",
    "2 ** 3 ** 2",
    "-2 ** 2",
    "x = 10",
    "y = x * 2.5 - 3",
    "x % 3 + y / 4",
    "max(1, x, y) + min(4, 2)",
    "sqrt(2) * sqrt(2)",
    "round(pi * 1000) / 1000",
    "area = pi * 3 ^ 2",
    "2 ** 100",
    "7 / 0",
    "z + 1",
    "3 + * 4",
    "sqrt(-1)",
    "abs(-7.25) + 1 $ 2",
]
for src in programs:
    try:
        tree = parse(tokenize(src))
        value = evaluate(tree, env)
        print(f"{src:<28} -> {show(tree):<36} = {value!r}")
    except (SyntaxError, NameError, ValueError, ZeroDivisionError) as e:
        print(f"{src:<28} !! {type(e).__name__}: {e}")
print(sorted(env.items()))
