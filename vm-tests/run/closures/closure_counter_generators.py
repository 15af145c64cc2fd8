def make_gen_factory(step):
    def gen(start, count):
        value = start
        for _ in range(count):
            yield value
            value += step
    return gen
evens = make_gen_factory(2)
print(list(evens(0, 5)), list(make_gen_factory(-3)(10, 4)))
def accumulate():
    total = 0
    def add(x):
        nonlocal total
        total += x
        return total
    return add, lambda: total
add, get = accumulate()
for i in range(5):
    add(i)
print(get(), add(100), get())
