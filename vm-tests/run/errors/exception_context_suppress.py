try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError("second") from None
except ValueError as e:
    print(repr(e.__cause__), type(e.__context__).__name__, e.__suppress_context__)
try:
    try:
        raise KeyError("a")
    except KeyError as e:
        raise TypeError("b") from e
except TypeError as e:
    print(repr(e.__cause__), e.__cause__ is e.__context__, e.__suppress_context__)
e = RuntimeError("x")
print(e.__cause__, e.__context__, e.__suppress_context__, e.__traceback__)
e.__cause__ = ValueError("c")
print(repr(e.__cause__), e.__suppress_context__)
try:
    raise RuntimeError from 5
except TypeError as e:
    print("TypeError:", e)
