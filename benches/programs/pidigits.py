"""Pi digits: the unbounded spigot algorithm on big integers (multiplication, floor division
and comparison of ever-growing ints); prints the digits ten to a line."""
# bench: 3000
import sys


def digits(count):
    q, r, t, k, n, l = 1, 0, 1, 1, 3, 3
    produced = 0
    while produced < count:
        if 4 * q + r - t < n * t:
            yield n
            produced += 1
            q, r, n = 10 * q, 10 * (r - n * t), (10 * (3 * q + r)) // t - 10 * n
        else:
            q, r, t, k, n, l = (q * k, (2 * q + r) * l, t * l, k + 1,
                                (q * (7 * k + 2) + r * l) // (t * l), l + 2)


def main(count):
    line = []
    shown = 0
    for d in digits(count):
        line.append(str(d))
        if len(line) == 10:
            shown += 10
            print("".join(line) + "\t:" + str(shown))
            line = []
    if line:
        shown += len(line)
        print("".join(line).ljust(10) + "\t:" + str(shown))


main(int(sys.argv[1]) if len(sys.argv) > 1 else 200)
