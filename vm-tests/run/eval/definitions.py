# exec defining functions and classes, and eval nested inside exec.
ns = {}
exec('''
def double(v):
    return v * 2

class Point:
    dims = 2
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"

def counter():
    n = 0
    def step():
        nonlocal n
        n += 1
        return n
    return step

result = eval("double(21) + Point.dims")
nested = eval("eval('1 + 2') * 10")
''', ns)
print(ns["double"](4), ns["Point"](1, 2), ns["Point"].__module__ if "__name__" in ns else "no __name__")
print(ns["result"], ns["nested"])
step = ns["counter"]()
step()
print(step())
print(sorted(k for k in ns if k != "__builtins__"))
exec("class Inner:\n    v = eval('40 + 2')\nprint(Inner.v)")
print([eval(f"{i} ** 2") for i in range(5)])
print(list(map(lambda s: eval(s, {}), ["1", "2 * 3"])))
