a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a <= {1, 2, 3, 4, 5}, a < a, a >= {1}, a.isdisjoint({9}), {1, 2} == {2, 1})
a.add(10)
a.discard(1)
a.discard(99)
print(a, len(a), 10 in a)
print(a.union([7], (8,)), a.intersection(b), a.difference(b), a.symmetric_difference(b))
c = set("mississippi")
print(sorted(c), frozenset([1, 2, 2]), set(), frozenset())
