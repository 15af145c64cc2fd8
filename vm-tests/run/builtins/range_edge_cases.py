print(list(range(-3)), list(range(5, 0)), list(range(0, 10, 3)), list(range(10, -10, -4)), list(range(-1, -5, -1)))
r = range(10 ** 12)
print(len(r), r[-1], r[10 ** 11], 10 ** 11 in r, r[::2][3], range(0, 30, 5)[::-1], range(1, 4)[1:])
print(range(5) == range(0, 5, 1), range(0) == range(1, 1), range(1, 2) == range(1, 3, 5))
