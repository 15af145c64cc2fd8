it = iter([10, 20, 30])
print(next(it), list(it), list(it))
s = iter("ab")
print(next(s), next(s), next(s, None))
d = iter({"x": 1, "y": 2})
print(list(d))
r = iter(range(3))
print(sum(r), list(r))
lines = ["a", "b", "", "c"]
reader = iter(lines).__next__ if False else None
items = iter(lines)
print(list(iter(lambda: next(items), "")))
