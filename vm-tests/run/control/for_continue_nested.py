total = 0
for i in range(5):
    for j in range(5):
        if (i + j) % 2:
            continue
        if j > i:
            break
        total += i * j
print(total)
for c in "abc":
    pass
print(c)
