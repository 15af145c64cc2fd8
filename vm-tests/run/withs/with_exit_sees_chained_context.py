class Show:
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        if v is not None:
            print("exit sees", repr(v), "context", repr(v.__context__))
        return True
with Show():
    try:
        raise KeyError("first")
    except KeyError:
        raise ValueError("second")
with Show():
    raise TypeError("alone")
