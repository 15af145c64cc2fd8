r = range(2, 20, 3)
print(r, list(r), len(r), r[2], r[-1], r[1:3], 8 in r, 9 in r, r.index(11), r.count(5))
print(list(range(5)), list(range(10, 0, -2)), list(range(0)), range(3) == range(0, 3), list(reversed(range(4))))
print(sum(range(101)), max(range(7)), list(range(-5, 5, 4)))
try:
    range(0, 1, 0)
except ValueError as e:
    print(e)
