# Ranges whose bounds do not fit in 64 bits.
big = 1 << 100
r = range(big)
print(r, bool(r), r.start, r.stop, r.step)
print(type(iter(r)).__name__, type(r).__name__)
it = iter(range(big, big + 3))
print(next(it), next(it), next(it), next(it, "done"))
print(list(range(big, big + 10, 3)))
print(list(range(-big, -big - 7, -2)))
print(big + 4 in range(big, big + 10, 2), big + 5 in range(big, big + 10, 2), 3 in range(big))
print(list(range(2**64 - 2, 2**64 + 1)))
print(range(0, big, 7), bool(range(big, 0)), list(range(big, 0)))
try:
    len(r)
except OverflowError as e:
    print("OverflowError:", e)
try:
    range(big, 2, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    range(1.5, big)
except TypeError as e:
    print("TypeError:", e)
print(type(iter(range(1 << 1000))) is type(iter(range(1 << 64))))
