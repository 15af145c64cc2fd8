def f():
    return "f"
for thing in (classmethod(f), property(f), range(3), iter([]), (x for x in ()), b"x", 1j, slice(1), {}.keys(), super):
    try:
        print(thing())
    except TypeError as e:
        print("TypeError:", e)
print(staticmethod(f)(), callable(staticmethod(f)), callable(classmethod(f)), callable(range(1)))
