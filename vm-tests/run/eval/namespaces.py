# globals and locals: given dicts, a custom mapping for locals, and the caller's defaults at
# module level and inside a function (a snapshot of its locals).
a = 1
g = {"a": 5}
print(eval("a * 3", g), sorted(g), type(g["__builtins__"]).__name__)
print(eval("a + b", {"a": 1}, {"b": 2}))
exec("a = 100", g)
print(g["a"], a)
exec("new_global = a + 1")
print(new_global)

def f(n):
    k = 7
    print(eval("n + k"))
    exec("k = 99")
    print(k)
    exec("inner = n * 2")
    return sorted(locals())
print(f(3))

class Recording:
    def __init__(self):
        self.data = {"preset": 1}
    def __getitem__(self, key):
        print("get", key)
        return self.data[key]
    def __setitem__(self, key, value):
        print("set", key, value)
        self.data[key] = value
    def __delitem__(self, key):
        print("del", key)
        del self.data[key]

m = Recording()
exec("w = preset + 1\nprint(w, len)\ndel w", {}, m)
print(m.data)
print(eval("preset * 10", {}, m))
try:
    exec("del missing", {}, m)
except NameError as e:
    print("NameError:", e)

def errors(*args):
    try:
        print(args[0](*args[1:]))
    except TypeError as e:
        print("TypeError:", e)
errors(eval, "1", [])
errors(eval, "1", None, 5)
errors(eval, "1", m)
errors(exec, "1", 5)
errors(exec, "1", {}, 5)
errors(eval, 5)
errors(exec, 5)
errors(lambda: eval("1", globals={}))
errors(lambda: exec("1", globals={}))
errors(lambda: exec("1", {}, {}, closure=None))
