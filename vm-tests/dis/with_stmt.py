class Managed:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow

    def __enter__(self):
        print("enter", self.name)
        return self

    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None)
        return self.swallow


with Managed("a") as m:
    print("inside", m.name)

with Managed("b", swallow=True):
    raise ValueError("swallowed")

with Managed("c") as c, Managed("d") as d:
    print(c.name + d.name)

try:
    with Managed("e"):
        raise KeyError("escapes")
except KeyError as e:
    print("caught", e)


def early():
    with Managed("f"):
        return "returned"


print(early())
