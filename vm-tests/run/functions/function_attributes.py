def documented(x, y=3):
    "Adds things."
    return x + y
print(documented.__name__, documented.__qualname__, documented.__doc__)
print(documented.__defaults__, documented.__code__.co_argcount, documented.__code__.co_varnames)
documented.tag = "custom"
print(documented.tag)
def outer():
    def inner():
        pass
    return inner
print(outer().__qualname__)
print((lambda: 0).__name__)
