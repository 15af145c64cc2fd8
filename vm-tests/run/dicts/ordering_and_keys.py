d = {}
for k in ["z", "a", "m", 3, 1.5, (1, 2), None, True]:
    d[k] = str(k)
print(d)
d["z"] = "again"
del d["a"]
d["a"] = "new"
print(list(d.keys()))
print({1: "int", 1.0: "float", True: "bool"})
counts = {}
for w in "the cat and the hat and the bat".split():
    counts[w] = counts.get(w, 0) + 1
print(counts, sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
