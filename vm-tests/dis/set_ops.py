a = {1, 2, 3, 4}
b = {3, 4, 5}
x, y = 7, 8
dyn = {x, y, x}
print(a | b, a & b, a - b, a ^ b, dyn)
print(a <= {1, 2, 3, 4, 5}, a.isdisjoint({9}), frozenset(b) == b)
a.add(10)
a.discard(1)
print(sorted(a), len(a), 10 in a)
