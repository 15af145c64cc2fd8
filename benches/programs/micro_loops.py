"""Micro: for-loops over ranges, lists and tuples, and while-loops (FOR_ITER_RANGE,
FOR_ITER_LIST, FOR_ITER_TUPLE, POP_JUMP_IF_FALSE, JUMP_BACKWARD); prints a checksum."""
# bench: 6000
import sys


def ranges(n):
    total = 0
    for i in range(n):
        for j in range(100):
            total += j
        total -= i
    return total


def sequences(n):
    data = list(range(100))
    frozen = tuple(range(0, 200, 2))
    total = 0
    for _ in range(n):
        for x in data:
            total += x
        for y in frozen:
            total -= y
    return total


def whiles(n):
    total = 0
    i = 0
    while i < n * 100:
        total += i & 7
        i += 1
    return total


def main(n):
    print(ranges(n), sequences(n), whiles(n))


main(int(sys.argv[1]) if len(sys.argv) > 1 else 30)
