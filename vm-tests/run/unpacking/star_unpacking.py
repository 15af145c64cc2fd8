first, *rest = [1, 2, 3, 4]
*init, last = "abcd"
a, *mid, z = range(6)
print(first, rest, init, last, a, mid, z)
(p, q), r = (1, 2), 3
print(p, q, r)
x, y = y, x = 1, 2
print(x, y)
print([*range(3), *"ab"], (*[1, 2], 3), {*"aba"} == {"a", "b"}, {**{"a": 1}, "b": 2})
for i, (k, v) in enumerate({"k1": 1, "k2": 2}.items()):
    print(i, k, v)
