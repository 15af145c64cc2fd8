def nest(n):
    value = []
    for _ in range(n):
        value = [value]
    return value
print(len(repr(nest(1496))))
try:
    repr(nest(1497))
except RecursionError as e:
    print("RecursionError:", e)
d = {}
cur = d
for _ in range(2000):
    cur["k"] = {}
    cur = cur["k"]
try:
    print(d)
except RecursionError as e:
    print("dict:", e)
print(repr(nest(3))[:20], str((1, (2, (3,)))))
