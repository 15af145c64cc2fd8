def inner():
    raise ValueError("deep")
def middle():
    inner()
def outer():
    try:
        middle()
    except ValueError as e:
        return e
e = outer()
tb = e.__traceback__
print(type(tb).__name__)
lines = []
while tb is not None:
    lines.append(tb.tb_lineno)
    tb = tb.tb_next
print(lines)
print(ValueError("fresh").__traceback__)
try:
    raise KeyError("k")
except KeyError as k:
    print(k.__traceback__.tb_lineno, k.__traceback__.tb_next, k.with_traceback(None) is k)
