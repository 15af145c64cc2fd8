print([x * x for x in range(6)], [x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print({x % 4 for x in range(10)}, {k: len(k) for k in ["a", "bb", "ccc"]})
print([(i, j) for i in range(3) for j in range(i)], [[j for j in range(i)] for i in range(4)])
x = "outer"
print([x for x in "abc"], x)
print(sum([x * x for x in range(10)]), [c.upper() for c in "hi"], any([n > 5 for n in [1, 7]]))
