def check(x):
    assert x > 0
    assert isinstance(x, int), f"not an int: {x!r}"
    return x * 2


print(check(4))
try:
    check(-1)
except AssertionError as e:
    print("failed:", repr(e))
try:
    check(2.5)
except AssertionError as e:
    print("failed:", e)
