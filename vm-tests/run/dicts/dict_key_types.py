d = {1: "int", "1": "str", (1,): "tuple", 1.5: "float", None: "none", frozenset([1]): "fs", b"1": "bytes"}
for k in d:
    print(repr(k), d[k])
print(d[1.0], d[True], (1,) in d, frozenset({1}) in d)
d[2 ** 70] = "big"
print(d[2 ** 70], hash(2 ** 70) == hash(float(2 ** 70)))
