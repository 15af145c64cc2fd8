values = [1, 1.5, "s", [1], (1,), {1: 2}, {1}, None, True, range(2), len, print]
for v in values:
    print(type(v).__name__, isinstance(v, (int, float)), isinstance(v, (list, tuple)), callable(v))
print(isinstance(True, int), type(True) is bool, issubclass(int, object), issubclass(ZeroDivisionError, ArithmeticError))
print(type(type(1)), type(len), isinstance(ValueError("x"), Exception), issubclass(KeyError, LookupError))
