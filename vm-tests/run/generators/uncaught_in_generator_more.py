def parse(items):
    for item in items:
        yield int(item)
def total(items):
    return sum(parse(items))
print(total(["1", "2"]))
print(total(["3", "x"]))
