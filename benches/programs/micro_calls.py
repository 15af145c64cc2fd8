"""Micro: Python function calls, method calls and builtin calls (CALL_PY_EXACT_ARGS,
CALL_PY_WITH_DEFAULTS, LOAD_ATTR_METHOD_WITH_VALUES, CALL_NO_KW_LEN, class instantiation);
prints a checksum."""
# bench: 200000
import sys


def add(a, b):
    return a + b


def scaled(a, k=2):
    return a * k


class Counter:
    def __init__(self, start):
        self.n = start

    def bump(self, by):
        self.n += by
        return self.n


def run(n):
    c = Counter(0)
    items = [1, 2, 3]
    total = 0
    for i in range(n):
        total = add(total, i)
        total = total + scaled(i) + c.bump(1) + len(items)
        if i % 1000 == 0:
            c = Counter(c.n)
    return total


print(run(int(sys.argv[1]) if len(sys.argv) > 1 else 1000))
