import bisect
a = [1, 2, 4, 4, 4, 8, 16]
print(bisect.bisect(a, 4), bisect.bisect_left(a, 4), bisect.bisect_right(a, 0), bisect.bisect_left(a, 100))
print(bisect.bisect(a, 4, 0, 3), bisect.bisect_left(a, 4, lo=4))
bisect.insort(a, 5)
bisect.insort_left(a, 4)
print(a)
words = sorted(["pear", "fig", "banana", "kiwi"], key=len)
print(bisect.bisect(words, 4, key=len), words)
bisect.insort(words, "plum", key=len)
print(words)
try:
    bisect.bisect(a, 1, -1)
except ValueError as e:
    print("ValueError:", e)
print((1024).to_bytes(2, "big"), (1024).to_bytes(4, "little"), (0).to_bytes(), (255).to_bytes(1))
print((-1).to_bytes(2, "big", signed=True), (-129).to_bytes(2, byteorder="little", signed=True))
print(int.from_bytes(b"\x04\x00", "big"), int.from_bytes(b"\x04\x00", "little"), int.from_bytes(b"\xff\xff", "big", signed=True))
print(int.from_bytes([1, 2, 3]), int.from_bytes(bytearray(b"\x01\x00"), byteorder="little"), int.from_bytes(b""))
for bad in [lambda: (256).to_bytes(1, "big"), lambda: (-1).to_bytes(1, "big"), lambda: (1).to_bytes(1, "middle"),
            lambda: (1).to_bytes(-1, "big")]:
    try:
        bad()
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
