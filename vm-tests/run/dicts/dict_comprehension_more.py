sq = {n: n * n for n in range(6)}
print(sq, {v: k for k, v in sq.items() if v % 2}, {k: sq[k] for k in sorted(sq, reverse=True)[:2]})
print(dict(zip("abc", range(3))), {x: [y for y in range(x)] for x in range(3)})
inv = {}
for k, v in {"a": 1, "b": 2, "c": 1}.items():
    inv.setdefault(v, []).append(k)
print(inv)
