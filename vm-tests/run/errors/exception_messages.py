tests = [
    lambda: [1][2], lambda: {}["k"], lambda: 1 + "a", lambda: "a" + 1, lambda: None.x, lambda: int("q"),
    lambda: 1 / 0, lambda: 5 % 0, lambda: [].pop(), lambda: len(3), lambda: 3(), lambda: iter(3),
    lambda: "abc".index("z"), lambda: (1, 2).index(3), lambda: {1}.remove(2), lambda: -"a", lambda: [] < 1,
    lambda: chr(-1), lambda: list(range(3))["a"], lambda: undefined_thing, lambda: {}.pop("x"),
]
for t in tests:
    try:
        t()
    except Exception as e:
        print(type(e).__name__, "|", e)
