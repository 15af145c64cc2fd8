def fail(x):
    return 10 / x
values = [1, 2]
result = values[0] + fail(0) * 2
