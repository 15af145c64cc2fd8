tests = [lambda: len(), lambda: len(1, 2), lambda: abs(), lambda: chr("a"), lambda: ord(1), lambda: divmod(1),
         lambda: isinstance(1), lambda: isinstance(1, 2), lambda: range(), lambda: range(1, 2, 3, 4), lambda: int(1, 2),
         lambda: sorted(), lambda: max(), lambda: iter(), lambda: next([]), lambda: hash(), lambda: round()]
for t in tests:
    try:
        t()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
