"""Micro: try/except in a loop, raising one time in eight; prints a checksum."""
# bench: 200000
import sys


def risky(i):
    if i & 7 == 0:
        raise ValueError(i)
    return i


def run(n):
    total = 0
    for i in range(n):
        try:
            total += risky(i)
        except ValueError as e:
            total -= e.args[0] // 8
        finally:
            total += 1
    return total


print(run(int(sys.argv[1]) if len(sys.argv) > 1 else 1000))
