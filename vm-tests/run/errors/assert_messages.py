def check(x):
    assert x > 0, f"x must be positive, got {x}"
    assert isinstance(x, int)
    return x
print(check(3))
for bad in (-1, 2.5):
    try:
        check(bad)
    except AssertionError as e:
        print("AssertionError:", repr(e), e.args)
try:
    assert False, ("tuple", 1)
except AssertionError as e:
    print(e)
