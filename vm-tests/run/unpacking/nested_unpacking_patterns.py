data = [("a", (1, 2)), ("b", (3, 4))]
for name, (x, y) in data:
    print(name, x + y)
(a, b), (c, d) = "ab", [1, 2]
print(a, b, c, d)
head, *tail = [1]
print(head, tail)
*init, (p, q) = [1, 2, (3, 4)]
print(init, p, q)
x = [1, 2, 3]
x[0], x[2] = x[2], x[0]
print(x)
