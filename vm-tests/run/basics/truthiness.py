values = [0, 1, -1, 0.0, 0.1, "", "0", [], [0], (), (0,), {}, {0: 0}, set(), None, True, False, range(0), range(1), 0j, b""]
print([bool(v) for v in values])
print([v for v in values if v])
print(not [], not [[]], [] or "default", 0 and "never")
