fs = frozenset([3, 1, 2])
print(fs, fs | {4}, fs & {1, 5}, fs - {1}, {1, 2} | fs, type(fs | {4}).__name__, type({4} | fs).__name__)
groups = {frozenset("ab"): 1, frozenset("ba"): 2}
print(groups, frozenset("ab") == frozenset("ba"), hash(frozenset()) == hash(frozenset()))
print(frozenset(range(20)), frozenset({"x": 1}))
