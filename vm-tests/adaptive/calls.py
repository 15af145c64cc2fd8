# Python-to-Python calls: exact arguments, defaults, bound methods, and a site whose function
# changes under it (its defaults are replaced, so the cached version no longer matches).
def add(a, b):
    return a + b


def scale(x, factor=2, offset=0):
    return x * factor + offset


class Counter:
    def __init__(self):
        self.n = 0

    def bump(self, k):
        return k + 1


def drive():
    total = 0
    c = Counter()
    bump = c.bump
    for i in [1, 2, 3, 4, 5, 6]:
        total = add(total, i)
        total = scale(total)
        total = scale(total, 3)
        total = bump(total)
    return total


def changing():
    total = 0
    for i in [1, 2, 3, 4, 5, 6, 7, 8]:
        total = scale(total, 1, i)
        if i == 4:
            scale.__defaults__ = (5, 1)
    return total


print(drive(), changing())
