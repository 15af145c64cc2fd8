# One BINARY_OP site sees ints until it specialises, then floats: it misses, and after enough
# misses it deoptimises and specialises again for floats.
def add(a, b):
    return a + b


total = 0
for i in range(20):
    total = add(total, i)
for i in range(60):
    total = add(total, 0.5)
print(total)
