def first_not_none(*values):
    for v in values:
        if v is not None:
            return v
    return None


def describe(x):
    if x is None:
        return "none"
    return "some"


def default(x=None):
    x = [] if x is None else x
    return x


print(first_not_none(None, None, 3), describe(None), describe(0), default(), default([1]))
