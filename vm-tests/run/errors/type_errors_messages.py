tests = [
    lambda: 1 + "a",
    lambda: "a" * 1.5,
    lambda: [] < {},
    lambda: len(5),
    lambda: None(),
    lambda: {}[[]],
    lambda: -"x",
    lambda: ~1.5,
    lambda: abs("x"),
    lambda: sum(["a"]),
    lambda: int(None),
    lambda: "abc"[None],
]
for t in tests:
    try:
        t()
    except TypeError as e:
        print(e)
