m = [[r * 4 + c for c in range(4)] for r in range(3)]
t = [[row[i] for row in m] for i in range(4)]
print(m)
print(t)
print([x for row in m for x in row if x % 5 == 0], sum(sum(row) for row in [[1, 2], [3]]) if False else sum(map(sum, m)))
flat = []
for row in m:
    flat.extend(row)
print(flat[::3], flat[-1], len(flat))
