t = (3, 1, 2)
print(sorted(t), tuple(sorted(t)), t + t, t * 2, t[::-1], t.count(3), max(t), len(()), (1,) * 3)
a, (b, c) = 1, (2, 3)
print(a, b, c)
x = 1, 2, 3
print(x, type(x).__name__, (1, 2) == (1, 2), (1, 2) != (1, 3), (1, (2, 3)) < (1, (2, 4)))
print(tuple(range(4)), tuple([1, 2]), tuple(), tuple("hi"), hash((1, 2, 3)) == hash(tuple([1, 2, 3])))
