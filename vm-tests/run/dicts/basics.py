d = {"one": 1, "two": 2}
d["three"] = 3
print(d, len(d), d["two"], "one" in d, "four" not in d)
print(d.get("four"), d.get("four", 4), d.keys(), d.values(), d.items())
del d["one"]
print(d, d.pop("two"), d, d.pop("zz", None))
d.update({"a": 1}, b=2)
d.setdefault("c", 3)
d.setdefault("a", 99)
print(d, list(d), d.popitem(), d)
print(dict(a=1, b=2), dict([("x", 1), ("y", 2)]), dict.fromkeys("ab", 0), {1: 2} | {3: 4})
