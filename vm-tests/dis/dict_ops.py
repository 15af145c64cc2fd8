empty = {}
const_keys = {"a": 1, "b": 2, "c": 3}
a, b = "x", "y"
dynamic = {a: 1, b: 2}
mixed = {1: "one", "two": 2, (3,): [3]}
print(empty, const_keys, dynamic, mixed)
const_keys["d"] = 4
del const_keys["a"]
print(const_keys.get("z", 0), const_keys.pop("b"), sorted(const_keys.items()))
print(list(const_keys.keys() & {"c", "q"}), len(const_keys), "c" in const_keys)
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
