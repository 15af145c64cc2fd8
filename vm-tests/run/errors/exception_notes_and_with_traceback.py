e = ValueError("v")
print(e.with_traceback(None) is e)
try:
    raise e
except ValueError as caught:
    print(caught.__traceback__ is not None, caught is e)
class E(Exception):
    def __init__(self):
        pass
x = E()
print(x.args, repr(x), str(x) == "")
x.args = ("changed",)
print(x, x.args)
