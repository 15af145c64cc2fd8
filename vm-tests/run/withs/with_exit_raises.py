class Cleanup:
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        raise RuntimeError("cleanup failed")
try:
    with Cleanup():
        raise ValueError("original")
except RuntimeError as e:
    print(e, "| context:", repr(e.__context__))
