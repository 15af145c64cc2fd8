# The three compile modes: 'exec' runs statements, 'eval' gives an expression's value, and
# 'single' hands each expression statement's value to sys.displayhook.
import sys

x = 10
print(eval("x + 1"))
print(eval("  \t x * 2"))  # eval drops leading spaces and tabs
print(exec("y = x * 3"), y)
exec(compile("1 + 1", "<single>", "single"))
exec(compile("z = 5", "<single>", "single"))
exec(compile("if True:\n  'a'\n  None\n  [1, 2]\n", "<single>", "single"))
print(_)
def hook(value):
    print("hook got", repr(value))
sys.displayhook = hook
exec(compile("3 * 3", "<single>", "single"))
sys.displayhook = sys.__displayhook__
exec(compile("'back'", "<single>", "single"))
print(eval(compile("x - 1", "<expr>", "eval")))
print(eval(compile("x = 4", "<stmt>", "exec")))
