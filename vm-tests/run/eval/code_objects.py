# compile(): str and bytes sources, code objects as input to eval and exec, flags,
# dont_inherit and optimize.
from __future__ import annotations

c = compile("q = 1 + 2", "<mine>", "exec")
print(type(c).__name__, c.co_filename, c.co_name)
ns = {}
exec(c, ns)
print(ns["q"])
print(eval(compile(b"40 + 2", "bytes", "eval")))
print(eval(compile(b"# -*- coding: latin-1 -*-\n'\xe9'", "latin", "exec")))
print(eval(b"'\xc3\xa9'"))

src = '''
def f():
    "the docstring"
    assert False, "asserted"
    return "no assert"
'''
for level in (-1, 0, 1, 2):
    ns = {}
    exec(compile(src, "<opt>", "exec", optimize=level), ns)
    try:
        result = ns["f"]()
    except AssertionError as e:
        result = "AssertionError: " + str(e)
    print(level, ns["f"].__doc__, result)

# `from __future__ import annotations` is inherited unless dont_inherit is true.
ann = "def g(x: undefined_type): pass\nprint(g.__annotations__)"
exec(compile(ann, "<inherit>", "exec"))
try:
    exec(compile(ann, "<no-inherit>", "exec", dont_inherit=True))
except NameError as e:
    print("NameError:", e)
exec(compile("print(type(undefined).__name__ if False else 'flags ok')", "f", "exec", 0x1000000))

def outer():
    y = 1
    return (lambda: y).__code__
for call in (lambda: exec(outer()), lambda: eval(outer()), lambda: compile(c, "f", "exec"),
             lambda: compile("1", "f", "exec", 0x8), lambda: compile("1", "f", "eval", optimize=7),
             lambda: compile("1", "f", "bad"), lambda: compile("1", 5, "exec"),
             lambda: compile("1", "f", 5), lambda: compile("1", "f", "exec", foo=1)):
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(eval(bytearray(b"6 * 7")), eval(compile(bytearray(b"1 + 1"), "ba", "eval")))
