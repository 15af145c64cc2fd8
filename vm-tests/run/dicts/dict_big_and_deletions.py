d = {}
for i in range(100):
    d[i * 3] = i
for i in range(0, 300, 9):
    del d[i]
print(len(d), list(d)[:10], list(d.values())[-5:])
for i in range(50):
    d[i] = -i
print(len(d), list(d.items())[:5], list(d.items())[-3:], 3 in d, 9 in d)
