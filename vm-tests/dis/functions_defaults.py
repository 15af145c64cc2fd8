def greet(name, greeting="Hello", punct="!"):
    return f"{greeting}, {name}{punct}"


def append_to(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target


def kw_defaults(a, *, sep=", ", end="."):
    return sep.join(a) + end


print(greet("Ada"))
print(greet("Bob", "Hi"))
print(greet("Cy", punct="?"))
print(append_to(1), append_to(2, [0]))
print(kw_defaults(["x", "y"]), kw_defaults(["x"], end="!"))
print(greet.__defaults__, kw_defaults.__kwdefaults__)
