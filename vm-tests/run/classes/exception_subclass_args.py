class AppError(Exception):
    pass
class DbError(AppError):
    def __init__(self, table, code):
        super().__init__(f"table {table} failed")
        self.table = table
        self.code = code
class Silent(Exception):
    def __str__(self):
        return "silent!"
for exc in (AppError(), AppError("one"), AppError("a", 2), DbError("users", 7), Silent(1)):
    print(repr(exc), "|", str(exc), "|", exc.args)
try:
    raise DbError("t", 3)
except AppError as e:
    print(type(e).__name__, e.table, e.code, isinstance(e, Exception))
