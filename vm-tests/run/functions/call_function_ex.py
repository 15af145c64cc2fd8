def show(*args, **kwargs):
    return f"{args} {kwargs}"
t = (1, 2)
d = {"a": 1}
print(show(*t), show(**d), show(*t, **d), show(0, *t, 3, **d, b=2))
print(show(*"ab", *range(2)))
try:
    show(**d, a=2)
except TypeError as e:
    print(e)
