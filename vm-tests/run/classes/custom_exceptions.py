class AppError(Exception):
    pass
class NotFound(AppError):
    def __init__(self, key):
        super().__init__(f"missing: {key}")
        self.key = key
class Invalid(AppError):
    def __str__(self):
        return "invalid input: " + ", ".join(map(str, self.args))
for exc in [AppError("basic"), NotFound("k1"), Invalid(1, 2), AppError()]:
    try:
        raise exc
    except AppError as e:
        print(type(e).__name__, "|", e, "|", repr(e), "|", e.args, isinstance(e, Exception), getattr(e, "key", None))
try:
    raise NotFound("zz")
except LookupError:
    print("wrong")
except AppError as e:
    print("caught", e.key)
