def make_counter(start):
    count = start
    def gen():
        nonlocal count
        while True:
            count += 1
            yield count
    return gen
factory = make_counter(10)
a, b = factory(), factory()
print(next(a), next(b), next(a), next(b))
def fibs():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
import_free = [x for _, x in zip(range(10), fibs())]
print(import_free)
