print(int(), float(), str(), bool(), list(), tuple(), dict(), set(), frozenset())
print(int(" 0b11 ", 0), int("0o777", 0), int("Z", 36), float("  .5e1 "), str(3.0), str(-0.0), bool(0.0))
print(list("abc"), tuple(range(3)), dict([(1, 2)]), set((1, 1, 2)), type(range(3)).__name__)
