print(max([3, 1, 4]), max(3, 1, 4), max("apple", "pear", key=len), max([], default=None), min((5, 2), (5, 1)))
print(min([1, 2, 3], key=lambda x: -x), max({"a": 3, "b": 1}, key={"a": 3, "b": 1}.get), sum(range(10), 100))
print(sum([1.5, 2.5, 3]), sum([]), sum([[1], [2, 3]], []), sum((x for x in [] ) if False else []))
try:
    max([])
except ValueError as e:
    print(e)
try:
    min()
except TypeError as e:
    print(e)
