try:
    raise ValueError("bad", 3)
except ValueError as e:
    print(e.args, str(e), repr(e), e.__cause__, e.__context__, e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError as inner:
        raise KeyError("outer") from inner
except KeyError as e:
    print(repr(e.__cause__), e.__suppress_context__, type(e.__context__).__name__)
e = RuntimeError("custom")
e.extra = 5
print(e.extra, e.args)
