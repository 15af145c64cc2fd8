def f():
    pass
setattr(f, "color", "red")
print(getattr(f, "color"), getattr(f, "size", "none"), hasattr(f, "color"), hasattr(f, "x"))
delattr(f, "color")
print(hasattr(f, "color"))
try:
    getattr(1, "nope")
except AttributeError as e:
    print(e)
print(getattr("abc", "upper")(), getattr([1, 2], "count")(1))
