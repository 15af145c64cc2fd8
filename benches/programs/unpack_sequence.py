"""Unpacking: tuples and lists of two, three and ten items unpacked in a loop, star targets,
swaps and unpacking in for-loops (UNPACK_SEQUENCE_TWO_TUPLE, _TUPLE, _LIST, UNPACK_EX);
prints a checksum."""
# bench: 200000
import sys


def tuples(n):
    total = 0
    t10 = (1, 2, 3, 4, 5, 6, 7, 8, 9, 10)
    for i in range(n):
        a, b, c, d, e, f, g, h, j, k = t10
        total += a + b + c + d + e + f + g + h + j + k
        x, y = i, total & 0xFF
        x, y = y, x
        p, q, r = (x, y, i)
        total += p - q + r
    return total


def lists(n):
    total = 0
    l10 = [10, 9, 8, 7, 6, 5, 4, 3, 2, 1]
    for i in range(n):
        a, b, c, d, e, f, g, h, j, k = l10
        total += a * k - b * j + c * h - d * g + e * f
        first, *rest = l10
        *init, last = l10
        total += first + len(rest) + last + len(init)
    return total


def pairs(n):
    points = [(i, i * 2) for i in range(100)]
    items = {i: str(i) for i in range(100)}
    total = 0
    for _ in range(n // 100):
        for x, y in points:
            total += x * y
        for key, value in items.items():
            total += key + len(value)
        for i, (x, y) in enumerate(points):
            total += i - x + y
    return total


def main(n):
    print(tuples(n), lists(n), pairs(n))


main(int(sys.argv[1]) if len(sys.argv) > 1 else 2000)
