"""Micro: attribute reads and writes on instances (LOAD_ATTR_INSTANCE_VALUE,
STORE_ATTR_INSTANCE_VALUE, a slot, a class constant); prints a checksum."""
# bench: 300000
import sys


class Point:
    scale = 3

    def __init__(self, x, y):
        self.x = x
        self.y = y


class Slim:
    __slots__ = ("v",)

    def __init__(self, v):
        self.v = v


def run(n):
    p = Point(1, 2)
    s = Slim(5)
    total = 0
    for i in range(n):
        p.x = p.x + 1
        p.y = p.x - p.y
        s.v = s.v ^ i
        total += p.x + p.y + s.v + p.scale
    return total


print(run(int(sys.argv[1]) if len(sys.argv) > 1 else 1000))
