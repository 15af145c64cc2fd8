def parse(text):
    return int(text)


def load(items):
    total = 0
    for item in items:
        try:
            total += parse(item)
        except ValueError:
            total -= 1
    return total


print(load(["1", "x", "3"]))
