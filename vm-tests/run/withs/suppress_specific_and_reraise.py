class Ignore:
    def __init__(self, *excs):
        self.excs = excs
    def __enter__(self):
        return None
    def __exit__(self, t, v, tb):
        return t is not None and issubclass(t, self.excs)
def parse(values):
    out = []
    for v in values:
        with Ignore(ValueError):
            out.append(int(v))
    return out
print(parse(["1", "x", "3"]))
try:
    with Ignore(ValueError):
        raise KeyError("not ignored")
except KeyError as e:
    print("KeyError passed through:", e)
with Ignore(Exception):
    with Ignore(KeyError):
        raise IndexError("outer catches")
print("done")
