class A:
    """Doc for A."""
    x = 1
    def f(self):
        pass
a = A()
a.y = 2
print(a.__dict__, A.__doc__, "f" in A.__dict__, "y" in A.__dict__)
a.__dict__["z"] = 3
print(a.z, sorted(vars(a)))
print(A.__name__, A.__qualname__, A.__module__, a.__class__ is A, type(a).__name__)
print(hasattr(a, "__dict__"), isinstance(A.__dict__["f"], type(lambda: 0)))
