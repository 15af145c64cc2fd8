class CM:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev)
        return self.swallow
with CM("a") as v:
    print("body", v)
with CM("b", True):
    raise KeyError("swallowed")
try:
    with CM("c"):
        raise ValueError("passes")
except ValueError as e:
    print("outside", e)
with CM("d") as d, CM("e") as e:
    print(d, e)
def f():
    for i in range(3):
        with CM(str(i)):
            if i == 1:
                return i
print(f())
