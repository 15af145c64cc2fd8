"""Micro: string building and comparison (BINARY_OP_ADD_UNICODE, the in-place form,
COMPARE_OP_STR, str methods); prints a checksum."""
# bench: 100000
import sys


def run(n):
    words = ["alpha", "beta", "gamma", "delta"]
    total = 0
    line = ""
    for i in range(n):
        w = words[i & 3]
        line += w[0]
        if w == "gamma":
            total += 1
        if len(line) > 40:
            total += len(line.upper()) + line.count("a")
            line = ""
    return total


print(run(int(sys.argv[1]) if len(sys.argv) > 1 else 1000))
