errors = [ZeroDivisionError("z"), KeyError("k"), IndexError("i"), ValueError("v"), TypeError("t"), StopIteration(1)]
for e in errors:
    print(type(e).__name__, isinstance(e, Exception), isinstance(e, ArithmeticError), isinstance(e, LookupError), e.args)
print(issubclass(UnboundLocalError, NameError), issubclass(RecursionError, RuntimeError), issubclass(StopIteration, Exception))
print(repr(ValueError()), str(KeyError("x")), str(KeyError()), repr(OSError(2, "No such file")), str(IndexError(1, 2)))
