def total(values):
    return sum(int(v) for v in values)
print(total(["4", "5", "six"]))
