class BadExit:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        raise ValueError("exit failed")
try:
    with BadExit():
        raise KeyError("body")
except ValueError as e:
    print("ValueError:", e, "| context:", repr(e.__context__))
class NoExit:
    def __enter__(self):
        return 1
try:
    with NoExit():
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    with 5:
        pass
except TypeError as e:
    print("TypeError:", e)
