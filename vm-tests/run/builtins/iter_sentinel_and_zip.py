counter = [0]
def tick():
    counter[0] += 1
    return counter[0]
print(list(iter(tick, 5)))
print(list(zip()), list(zip([1, 2], "abc", (True, False))), dict(enumerate("abc")))
pairs = list(zip(*[(1, "a"), (2, "b")]))
print(pairs)
print(list(filter(None, [0, 1, "", "x", None, []])))
