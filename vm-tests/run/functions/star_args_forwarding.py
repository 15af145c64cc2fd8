def target(a, b=2, *rest, key=None, **opts):
    return (a, b, rest, key, sorted(opts.items()))
def wrapper(*args, **kwargs):
    return target(*args, **kwargs)
print(wrapper(1))
print(wrapper(1, 2, 3, 4, key="k", x=1))
print(wrapper(*range(4), **{"key": 0, "y": 2}))
print(target(*(1,), *(2, 3), key=4))
