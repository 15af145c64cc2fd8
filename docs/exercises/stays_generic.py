def join(a, b):
    return a + b


parts = []
for i in range(100):
    parts = join(parts, [i])
print(len(parts), parts[-1])
