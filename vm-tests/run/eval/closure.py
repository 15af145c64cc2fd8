# exec(code, closure=cells): a function's code run with its free variables' cells.
def outer():
    y = 5
    def g():
        print("y is", y)
        return y
    return g

g = outer()
print(exec(g.__code__, {}, closure=g.__closure__))
print(exec("print('no closure')", {}, closure=None))
for cells in ((1,), g.__closure__ * 2, list(g.__closure__), None):
    try:
        exec(g.__code__, {}, closure=cells)
    except TypeError as e:
        print("TypeError:", e)
try:
    exec(compile("1", "f", "exec"), closure=g.__closure__)
except TypeError as e:
    print("TypeError:", e)
try:
    exec("1", closure=g.__closure__)
except TypeError as e:
    print("TypeError:", e)
