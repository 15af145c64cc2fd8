"""Micro: int and float arithmetic and comparisons (BINARY_OP_ADD_INT, _SUBTRACT_INT,
_MULTIPLY_INT, _ADD_FLOAT, _MULTIPLY_FLOAT, _SUBTRACT_FLOAT, COMPARE_OP_INT, COMPARE_OP_FLOAT);
prints a checksum."""
# bench: 600000
import sys


def ints(n):
    a = 0
    b = 1
    for i in range(n):
        a = (a + i * 3 - b) & 0xFFFFF
        b = b * 5 % 1009 + 1
        if a > b:
            a = a - b
    return a, b


def floats(n):
    x = 0.5
    y = 1.25
    acc = 0.0
    for i in range(n):
        x = x * 0.999 + 0.001
        y = y * 0.5 + x - 0.25
        if y > 2.0:
            y = y / 2.0
        acc += x * y
    return round(acc, 6), round(x, 9), round(y, 9)


print(ints(int(sys.argv[1]) if len(sys.argv) > 1 else 2000), floats(int(sys.argv[1]) if len(sys.argv) > 1 else 2000))
