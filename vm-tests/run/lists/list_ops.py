a = [1, 2, 3]
b = a + [4, 5]
a += [6]
a *= 2
print(a, b, [0] * 3, [[]] * 2, 3 in b, [1, 2] == [1, 2], [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [] < [0])
print(list(range(3)) + list("ab"), len(a), a.index(6, 4), a.count(1), sum(b), max(b), min(b))
c = b
c += [99]
print(b is c, b)
