"""Generators: a pipeline of generator functions, a tree walked with `yield from`, generator
expressions fed to builtins, and generators driven by `send`; prints a checksum."""
# bench: 300000
import sys


def numbers(n):
    i = 0
    while i < n:
        yield i
        i += 1


def squares(source):
    for x in source:
        yield x * x


def evens(source):
    for x in source:
        if x % 2 == 0:
            yield x


def take(source, n):
    for i, x in enumerate(source):
        if i >= n:
            return
        yield x


class Tree:
    def __init__(self, left, value, right):
        self.left = left
        self.value = value
        self.right = right

    def __iter__(self):
        if self.left is not None:
            yield from self.left
        yield self.value
        if self.right is not None:
            yield from self.right


def build(lo, hi):
    if lo >= hi:
        return None
    mid = (lo + hi) // 2
    return Tree(build(lo, mid), mid, build(mid + 1, hi))


def averager():
    total = 0.0
    count = 0
    average = None
    while True:
        value = yield average
        total += value
        count += 1
        average = total / count


def main(n):
    pipeline = sum(take(evens(squares(numbers(n))), n // 3))
    tree = build(0, n // 10)
    walked = 0
    for _ in range(5):
        walked += sum(tree)
    exprs = sum(x for x in range(n) if x % 3) + max(x * 7 % 1000 for x in range(n))
    avg = averager()
    next(avg)
    last = 0.0
    for i in range(n):
        last = avg.send(i % 100)
    print(pipeline, walked, exprs, round(last, 6))


main(int(sys.argv[1]) if len(sys.argv) > 1 else 3000)
