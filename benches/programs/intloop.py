"""A while-loop of int arithmetic: the cost of dispatch itself."""
# bench: 3000000
import sys


def loop(n):
    total = 0
    i = 0
    while i < n:
        total = total + i * 2 % 7
        i += 1
    return total


print(loop(int(sys.argv[1]) if len(sys.argv) > 1 else 300000))
