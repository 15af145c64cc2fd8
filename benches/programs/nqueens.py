"""N queens: every way to place n queens on an n-by-n board so none attacks another, found
from the permutations of the columns."""
# bench: 8
import sys
from itertools import permutations


def solutions(n):
    cols = range(n)
    for vec in permutations(cols):
        if n == len(set(vec[i] + i for i in cols)) == len(set(vec[i] - i for i in cols)):
            yield vec


def backtrack(n):
    count = 0
    placed = []

    def place(row, used, diag1, diag2):
        nonlocal count
        if row == n:
            count += 1
            return
        for c in range(n):
            if c not in used and row + c not in diag1 and row - c not in diag2:
                placed.append(c)
                place(row + 1, used | {c}, diag1 | {row + c}, diag2 | {row - c})
                placed.pop()
    place(0, frozenset(), frozenset(), frozenset())
    return count


def main(n):
    found = list(solutions(n))
    print(len(found), found[0], found[-1])
    print(backtrack(n))


main(int(sys.argv[1]) if len(sys.argv) > 1 else 6)
