"""Micro: global and builtin lookups in a loop (LOAD_GLOBAL_MODULE, LOAD_GLOBAL_BUILTIN);
prints a checksum."""
# bench: 500000
import sys

LIMIT = 97
STEP = 3


def run(n):
    total = 0
    for i in range(n):
        total = (total + STEP * i) % LIMIT + abs(-i) % 5 + min(i, STEP)
    return total


print(run(int(sys.argv[1]) if len(sys.argv) > 1 else 1000))
