def parse_all(rows):
    return {name: int(value) for name, value in rows}
print(parse_all([("a", "1")]))
print(parse_all([("a", "1"), ("b", "two")]))
