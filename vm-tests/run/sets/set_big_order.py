s = set()
for i in range(200):
    s.add((i * 37) % 211)
print(len(s), list(s)[:20])
for i in range(0, 211, 4):
    s.discard(i)
print(len(s), list(s)[:20])
t = {str(i) for i in range(30)}
print(list(t)[:10], len(t))
