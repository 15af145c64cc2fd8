first, *rest = [1, 2, 3, 4]
*init, last = "abcd"
a, *mid, z = range(6)
(p, q), r = (1, 2), 3
print(first, rest, init, last, a, mid, z, p, q, r)

xs = [1, 2]
ys = (3, 4)
combined = [*xs, *ys, 5]
as_tuple = (*xs, *ys)
as_set = {*xs, *ys}
merged = {**{"a": 1}, "b": 2, **{"c": 3}}
print(combined, as_tuple, sorted(as_set), merged)


def f(*args, **kwargs):
    return args, kwargs


print(f(*xs, *ys, **merged, d=4))
for i, (k, v) in enumerate(merged.items()):
    print(i, k, v)
