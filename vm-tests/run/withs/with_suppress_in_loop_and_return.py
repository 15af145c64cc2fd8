class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        if t is not None and issubclass(t, self.types):
            self.caught = v
            return True
        return False
results = []
for item in ["1", "x", "3", None]:
    with Suppress(ValueError, TypeError) as s:
        results.append(int(item))
        continue
    results.append(f"skipped {s.caught!r}")
print(results)
def first_int(items):
    for item in items:
        with Suppress(ValueError):
            return int(item)
    return None
print(first_int(["a", "b", "42", "7"]), first_int([]))
