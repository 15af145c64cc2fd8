def f(a, b, c=3, *, d):
    return a
tests = [
    lambda: f(1),
    lambda: f(1, 2),
    lambda: f(1, 2, 3, 4, d=1),
    lambda: f(1, 2, d=1, e=2),
    lambda: f(1, 2, a=1, d=1),
    lambda: f(),
]
for t in tests:
    try:
        t()
    except TypeError as e:
        print(e)
def g(x, y, z):
    pass
try:
    g(1)
except TypeError as e:
    print(e)
