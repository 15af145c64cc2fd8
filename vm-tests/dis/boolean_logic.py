def check(a, b, c):
    r1 = a and b
    r2 = a or c
    r3 = not a
    r4 = (a and not b) or (c and a)
    r5 = "yes" if a else "no"
    return r1, r2, r3, r4, r5


for args in [(0, 1, 2), (1, 0, 0), ("", "x", None), ([1], [], 3)]:
    print(check(*args))

x = None
y = x or "default"
print(y, bool(0), bool("a"), not [])
