"""Micro: list and dict subscripts, unpacking and iteration (BINARY_SUBSCR_LIST_INT,
STORE_SUBSCR_LIST_INT, BINARY_SUBSCR_DICT, STORE_SUBSCR_DICT, UNPACK_SEQUENCE_TWO_TUPLE,
FOR_ITER_LIST/RANGE); prints a checksum."""
# bench: 300000
import sys


def run(n):
    data = list(range(64))
    counts = {}
    pairs = [(i, i * 2) for i in range(16)]
    total = 0
    for i in range(n):
        j = i & 63
        data[j] = data[j] + data[63 - j]
        key = j & 15
        counts[key] = counts.get(key, 0) + 1
        a, b = pairs[key]
        total += a + b + counts[key]
    for value in data:
        total += value % 1000
    return total


print(run(int(sys.argv[1]) if len(sys.argv) > 1 else 1000))
