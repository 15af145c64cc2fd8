class A:
    x = 1
for target, name in ((A(), "y"), (A, "z"), (5, "foo"), ("s", "bar"), ([], "push"), (None, "x"), (len, "nope")):
    try:
        getattr(target, name)
    except AttributeError as e:
        print(e)
print(getattr(A(), "y", "default"), hasattr(A, "x"), hasattr(1, "real"))
try:
    A().x = 2
    del A().x
except AttributeError as e:
    print(e)
try:
    (1).real = 5
except AttributeError as e:
    print(e)
