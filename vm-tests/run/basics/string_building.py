rows = []
for i in range(1, 6):
    rows.append(" " * (5 - i) + "*" * (2 * i - 1))
print("\n".join(rows))
table = [[i * j for j in range(1, 6)] for i in range(1, 6)]
for row in table:
    print("".join(f"{v:4d}" for v in row))
print("+".join(["-" * 3] * 4))
