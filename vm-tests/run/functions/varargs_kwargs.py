def f(a, *args, b=2, **kwargs):
    return a, args, b, sorted(kwargs.items())
print(f(1))
print(f(1, 2, 3, b=4, c=5, d=6))
args = (10, 20)
kw = {"b": 7, "z": 8}
print(f(*args, **kw))
print(f(*[1], *(2, 3), **{"x": 1}, y=2))
