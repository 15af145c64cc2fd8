def parse_all(items):
    return [int(i) for i in items]
print(parse_all(["1", "2"]))
print(parse_all(["3", "four"]))
