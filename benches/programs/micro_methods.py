"""Micro: method calls on instances, bound methods of built-in types, and class and static
methods (LOAD_ATTR_METHOD_WITH_VALUES, LOAD_ATTR_METHOD_NO_DICT, CALL_PY_EXACT_ARGS,
CALL_NO_KW_LIST_APPEND, CALL_NO_KW_METHOD_DESCRIPTOR_O, _FAST); prints a checksum."""
# bench: 300000
import sys


class Vector:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def dot(self, other):
        return self.x * other.x + self.y * other.y

    def norm1(self):
        return abs(self.x) + abs(self.y)

    @classmethod
    def unit(cls):
        return cls(1, 0)

    @staticmethod
    def scale(k):
        return k * 2


def run(n):
    v = Vector(3, -4)
    w = Vector.unit()
    out = []
    words = "alpha beta gamma".split()
    total = 0
    for i in range(n):
        total += v.dot(w) + v.norm1() + Vector.scale(i & 15)
        out.append(i)
        if len(out) > 50:
            out.clear()
        total += words[i % 3].count("a") + "-".join(words).find("gamma")
    return total


print(run(int(sys.argv[1]) if len(sys.argv) > 1 else 2000))
