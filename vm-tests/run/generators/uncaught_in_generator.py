def parse(values):
    for v in values:
        yield int(v)
total = 0
for n in parse(["1", "2", "x3"]):
    total += n
print(total)
