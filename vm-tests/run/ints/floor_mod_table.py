for a in [7, -7, 0, 13, -13]:
    row = []
    for b in [3, -3, 5, -5, 1]:
        row.append(f"{a // b},{a % b}")
    print(a, " ".join(row))
print(divmod(-1, 7), divmod(10 ** 20, 7), divmod(-(10 ** 20), 7), (-10 ** 20) // 3, (-10 ** 20) % 3)
