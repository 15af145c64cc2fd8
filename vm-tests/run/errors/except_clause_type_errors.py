try:
    try:
        raise ValueError("x")
    except 5:
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    try:
        raise ValueError("x")
    except (ValueError, "nope"):
        print("matched first element")
except TypeError as e:
    print("TypeError:", e)
class NotExc:
    pass
try:
    try:
        raise KeyError
    except NotExc:
        pass
except TypeError as e:
    print("TypeError:", e)
