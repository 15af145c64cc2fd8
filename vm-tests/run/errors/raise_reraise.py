def inner():
    raise RuntimeError("inner failed")
def outer():
    try:
        inner()
    except RuntimeError:
        print("logging and re-raising")
        raise
try:
    outer()
except RuntimeError as e:
    print("caught", e, e.args)
try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args)
