people = [("ann", 31), ("bob", 25), ("cy", 31)]
print(max(people, key=lambda p: p[1]), min(people, key=lambda p: p[1]), max(p[1] for p in people))
print(max([], key=len, default="none"), min("abc", key=ord), max(1, 2, key=lambda x: -x), min([[2], [1, 1]]))
print(max({"a": 2, "b": 9}.items(), key=lambda kv: kv[1]), sorted(people, key=lambda p: (-p[1], p[0])))
