def validate(x):
    assert x > 0, "x must be positive"
    return x
validate(3)
validate(-1)
