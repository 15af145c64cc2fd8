totals = []
for x in [4, 2, 0, 1]:
    totals.append(12 // x)
    print(totals)
