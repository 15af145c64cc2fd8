a = b = c = []
a.append(1)
print(a, b, c, a is c)
x, y = z = (1, 2)
print(x, y, z)
i = j = 0
i += 1
print(i, j)
d = {}
d["k"] = d["j"] = 5
print(d)
