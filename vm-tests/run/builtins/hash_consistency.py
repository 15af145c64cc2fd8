pairs = [(1, 1.0), (0, False), (2 ** 70, float(2 ** 70)), ("a", "a"), ((1, "x"), (1, "x")), (frozenset([1]), frozenset([1]))]
for a, b in pairs:
    print(repr(a), hash(a) == hash(b), a == b)
for bad in [[1], {1: 2}, {1}]:
    try:
        hash(bad)
    except TypeError as e:
        print(e)
