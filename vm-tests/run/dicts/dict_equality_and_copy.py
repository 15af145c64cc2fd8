a = {"x": [1, 2], "y": {"z": 3}}
b = dict(a)
b["x"].append(3)
b["w"] = 0
print(a, b, a == b, {"k": 1} == {"k": 1.0}, {1: "a", 2: "b"} == {2: "b", 1: "a"})
c = a.copy()
c["y"] = "replaced"
print(a["y"], c["y"], list(a) == list(c))
