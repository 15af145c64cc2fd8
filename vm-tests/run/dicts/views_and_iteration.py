d = {"a": 1, "b": 2, "c": 3}
for k, v in d.items():
    print(k, v)
print(d.keys() & {"a", "c", "z"}, d.keys() - {"a"}, list(d.values()), sorted(d))
print([k for k in d if d[k] > 1], {v: k for k, v in d.items()}, len(d.items()))
print("a" in d.keys(), 2 in d.values(), ("a", 1) in d.items())
