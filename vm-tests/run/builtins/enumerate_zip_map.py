for i, (a, b) in enumerate(zip("abc", [10, 20, 30]), 1):
    print(i, a, b)
print(list(map(pow, [2, 3], [3, 2])), list(map(lambda x, y: x + y, "ab", "cd")), list(zip(*zip("ab", "cd"))))
e = enumerate(["x", "y"])
print(next(e), list(e))
print(list(zip(range(3), range(10), "abcd")))
