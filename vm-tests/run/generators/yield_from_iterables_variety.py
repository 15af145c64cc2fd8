def flatten(items):
    for item in items:
        if isinstance(item, (list, tuple)):
            yield from flatten(item)
        else:
            yield item
print(list(flatten([1, [2, [3, (4, 5)], []], 6])))
def chars():
    yield from "ab"
    yield from {"k": 1}
    yield from range(2)
    yield from (x * 10 for x in range(2))
    yield from b"z"
print(list(chars()))
def bad():
    yield from 5
try:
    list(bad())
except TypeError as e:
    print("TypeError:", e)
