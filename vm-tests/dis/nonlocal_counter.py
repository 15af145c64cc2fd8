def counter(start=0):
    count = start

    def inc(step=1):
        nonlocal count
        count += step
        return count

    def get():
        return count
    return inc, get


inc, get = counter(10)
inc()
inc(5)
print(get())


def accumulate():
    items = []
    total = 0

    def push(x):
        nonlocal total
        items.append(x)
        total = total + x
        return total
    return push


push = accumulate()
print(push(1), push(2), push(3))
