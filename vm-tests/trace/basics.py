# A function call, a generator, a closure, a caught exception and an uncaught-looking one
# that a handler in the caller catches: what `minivm trace` shows for each.
def double_plus_one(x):
    y = x * 2
    return y + 1


def squares(n):
    for i in range(n):
        yield i * i


def counter():
    count = 0

    def bump():
        nonlocal count
        count += 1
        return count
    return bump


def fails(key):
    return {}[key]


total = 0
for v in squares(3):
    total += double_plus_one(v)
bump = counter()
bump()
try:
    fails("k")
except KeyError as e:
    print("caught", e)
print(total, bump())
