def depth(x):
    if isinstance(x, list):
        return 1 + max([depth(i) for i in x], default=0)
    return 0
def count_leaves(x):
    if isinstance(x, (list, tuple)):
        return sum(count_leaves(i) for i in x)
    return 1
tree = [1, [2, [3, [4, [5]]]], [6, 7], []]
print(depth(tree), count_leaves(tree), depth([]), count_leaves(((1, 2), (3,))))
def paths(d, prefix=""):
    out = []
    for k, v in d.items():
        if isinstance(v, dict):
            out += paths(v, prefix + k + ".")
        else:
            out.append(prefix + k)
    return out
print(paths({"a": {"b": 1, "c": {"d": 2}}, "e": 3}))
