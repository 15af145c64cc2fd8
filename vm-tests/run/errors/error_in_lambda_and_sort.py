values = [3, 1, "x"]
print(sorted(values, key=lambda v: v * 2))
