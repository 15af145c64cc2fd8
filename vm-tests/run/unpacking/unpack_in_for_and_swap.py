pairs = [(1, "one"), (2, "two"), (3, "three")]
for num, name in pairs:
    print(num, name)
for (a, b), c in [((1, 2), 3), ((4, 5), 6)]:
    print(a + b + c)
x, y = 1, 2
x, y = y, x
print(x, y)
a, b, c = "xyz"
print(c, b, a)
first, *_, last = range(10)
print(first, last)
[p, q] = [7, 8]
print(p * q)
