class Inspect:
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        print(t, type(v).__name__, v, tb is not None)
        return True
with Inspect():
    raise IndexError("idx")
with Inspect():
    {}["missing"]
with Inspect():
    pass
print("done")
