"""Micro: unpacking two-item tuples, longer tuples and lists (UNPACK_SEQUENCE_TWO_TUPLE,
UNPACK_SEQUENCE_TUPLE, UNPACK_SEQUENCE_LIST); prints a checksum."""
# bench: 600000
import sys


def run(n):
    pair = (3, 4)
    triple = (5, 6, 7)
    items = [8, 9, 10, 11]
    total = 0
    for i in range(n):
        a, b = pair
        c, d, e = triple
        f, g, h, k = items
        a, b = b, a + i
        total += a * b - c + d * e - f + g * h - k
    return total


print(run(int(sys.argv[1]) if len(sys.argv) > 1 else 2000))
