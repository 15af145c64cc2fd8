def count(start=0, step=1):
    n = start
    while True:
        yield n
        n += step
def islice(it, stop):
    for i, v in enumerate(it):
        if i >= stop:
            return
        yield v
def cycle(items):
    while True:
        yield from items
print(list(islice(count(5, 3), 4)), list(islice(cycle("ab"), 5)))
def accumulate(it):
    total = 0
    for v in it:
        total += v
        yield total
print(list(accumulate(islice(count(1), 6))))
