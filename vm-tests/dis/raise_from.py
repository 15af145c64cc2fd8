class AppError(Exception):
    pass


def load(key):
    data = {"a": 1}
    try:
        return data[key]
    except KeyError as e:
        raise AppError(f"missing {key}") from e


def suppress():
    try:
        raise ValueError("inner")
    except ValueError:
        raise RuntimeError("outer") from None


for fn, arg in [(load, "b"), (suppress, None)]:
    try:
        fn(arg) if arg else fn()
    except Exception as exc:
        print(type(exc).__name__, exc, repr(exc.__cause__), exc.__suppress_context__, type(exc.__context__).__name__)
try:
    raise AppError
except AppError as e:
    print("class raised:", repr(e))
