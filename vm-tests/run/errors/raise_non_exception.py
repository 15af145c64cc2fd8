for thing in (5, "text", int, None):
    try:
        raise thing
    except TypeError as e:
        print("TypeError:", e)
try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args)
try:
    try:
        raise IndexError("inner")
    except IndexError:
        raise
except IndexError as e:
    print("re-raised", e)
try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)
