xs = [1, 2, 3]
for f in [lambda: xs[10], lambda: xs.pop(10), lambda: [].pop(), lambda: xs.remove(9), lambda: xs.index(9), lambda: xs["a"]]:
    try:
        f()
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
try:
    sorted([1, "a", 2])
except TypeError as e:
    print(e)
