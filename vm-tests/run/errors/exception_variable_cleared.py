try:
    raise ValueError("v")
except ValueError as err:
    saved = err
try:
    err
except NameError as e:
    print("NameError:", e)
print(repr(saved))
def f():
    try:
        1 / 0
    except ZeroDivisionError as exc:
        pass
    return exc
try:
    f()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
