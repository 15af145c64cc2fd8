class HTTPError(Exception):
    def __init__(self, status, reason="unknown"):
        super().__init__(status, reason)
        self.status = status
    def __str__(self):
        return f"HTTP {self.status}: {self.args[1]}"
class NotFound(HTTPError):
    def __init__(self, path):
        super().__init__(404, "not found")
        self.path = path
try:
    raise NotFound("/x")
except HTTPError as e:
    print(e, repr(e), e.status, e.path, e.args)
class Plain(ValueError):
    pass
p = Plain("bad", 1)
print(str(p), repr(p), isinstance(p, ValueError))
