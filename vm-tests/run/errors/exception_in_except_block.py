def risky():
    try:
        raise KeyError("first")
    except KeyError as e:
        print("handling", repr(e))
        raise ValueError("second")
try:
    risky()
except ValueError as e:
    print(repr(e), "context:", repr(e.__context__), "cause:", e.__cause__)
try:
    try:
        raise TypeError("a")
    except TypeError:
        try:
            raise IndexError("b")
        except IndexError as inner:
            print("inner context:", repr(inner.__context__))
        raise
except TypeError as e:
    print("outer got", repr(e), "context", e.__context__)
