# needs CPython 3.12 at run time (ast.parse and compile of a tree use the compiler process)
import ast
import _ast

# The node classes: fields, attributes, bases, match args, constructor rules.
print(ast.Name._fields, ast.Name._attributes, ast.Name.__match_args__)
print(ast.BinOp.__mro__[1:], ast.Add.__bases__, ast.Load.__module__)
print(ast.Constant.kind, ast.arg.type_comment, ast.expr.end_lineno)
print(ast.FunctionDef.__doc__)
print(_ast.PyCF_ONLY_AST, ast.PyCF_TYPE_COMMENTS, ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
print(len([c for c in vars(_ast).values() if isinstance(c, type) and issubclass(c, ast.AST)]))
for make in (lambda: ast.Name(1, 2, 3), lambda: ast.Load(1), lambda: ast.alias("a", "b", "c"),
             lambda: ast.Name("x", id="y")):
    try:
        make()
    except TypeError as e:
        print("TypeError:", e)
n = ast.Name("x", ctx=ast.Load(), extra=5)
print(n.id, type(n.ctx).__name__, n.extra, hasattr(n, "lineno"), n.end_lineno, vars(n).keys())
print(ast.FunctionDef().__dict__, ast.Load().__reduce__()[1:])
match ast.BinOp(ast.Constant(1), ast.Add(), ast.Name("y")):
    case ast.BinOp(ast.Constant(v), ast.Add(), right):
        print("matched", v, right.id)

# Parsing: dump, unparse, walk, visitors, literal_eval.
tree = ast.parse("x = 1 + 2\nif x > 2:\n    print(f'{x!r:>4}', *[y for y in 'ab'])\n")
print(ast.dump(tree))
print(ast.dump(tree.body[0], include_attributes=True))
print(ast.dump(ast.parse("def f(a, /, b: int = 2, *c, d, **e) -> None: pass"), indent=2))
print(ast.unparse(tree))
print(sorted({type(node).__name__ for node in ast.walk(tree)}))
print(ast.get_source_segment("x = 1 + 2", tree.body[0].value))
print(ast.literal_eval("{'a': (1, 2.5, -3j), 'b': [None, True, b'x'], 'c': {1, 2}}"))
print(ast.literal_eval("-(2 ** 3)") if False else ast.literal_eval("-8 + 2j"))
print(ast.dump(ast.parse("x: int = 10**30 + 0.5 + ...  # type: ignore", type_comments=True)))
print(ast.dump(ast.parse("(a, b) = c", mode="single")))
print(ast.dump(ast.parse("(int, str) -> bool", mode="func_type")))
e = compile("x.y[1:2]", "<e>", "eval", ast.PyCF_ONLY_AST)
print(type(e).__name__, ast.dump(e.body))
print(compile(e, "<e>", "eval", ast.PyCF_ONLY_AST) is e)


class Names(ast.NodeVisitor):
    def visit_Name(self, node):
        print("name", node.id, type(node.ctx).__name__, node.lineno, node.col_offset)


Names().visit(tree)


class Tenfold(ast.NodeTransformer):
    def visit_Constant(self, node):
        if isinstance(node.value, int):
            return ast.copy_location(ast.Constant(node.value * 10), node)
        return node


# Compiling trees back to code.
namespace = {}
exec(compile(tree, "<tree>", "exec"), namespace)
print(namespace["x"])
tree = ast.fix_missing_locations(Tenfold().visit(tree))
exec(compile(tree, "<tree>", "exec"), namespace)
print(namespace["x"])
expr = ast.Expression(ast.BinOp(ast.Constant(6), ast.Mult(), ast.Constant((7, "z"))))
print(eval(compile(ast.fix_missing_locations(expr), "<expr>", "eval")))
big = ast.Expression(ast.Constant(-2 ** 70))
print(eval(compile(ast.fix_missing_locations(big), "<big>", "eval")))
for bad in (ast.Module([ast.Expr(ast.Name("x", ast.Load()))], []), ast.Expression(ast.Name("x", ast.Load()))):
    try:
        compile(bad, "<bad>", "exec")
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    compile(ast.fix_missing_locations(ast.Expression(ast.Constant(object()))), "<bad>", "eval")
except TypeError as e:
    print("TypeError", e)
try:
    compile(42, "<bad>", "exec")
except TypeError as e:
    print(e)
for source in ("x = ", "def f(:\n  pass", "  x = 1"):
    try:
        ast.parse(source)
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset, repr(e.text))
