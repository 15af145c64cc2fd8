print(list(reversed("abc")), list(reversed((1, 2))), list(reversed(range(1, 10, 3))), list(reversed({"a": 1, "b": 2})))
r = reversed([1, 2, 3])
print(next(r), list(r))
print(sorted("bca"), sorted([3, 1, 2], reverse=True), sorted([]), sorted({3, 1}), sorted((2, 1)))
