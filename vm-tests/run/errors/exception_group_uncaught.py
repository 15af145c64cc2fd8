def inner():
    raise ValueError("deep")
def collect():
    errors = []
    for f in (inner, lambda: 1 / 0):
        try:
            f()
        except Exception as e:
            errors.append(e)
    raise ExceptionGroup("collected", errors + [ExceptionGroup("nested", [KeyError("k")])])
collect()
