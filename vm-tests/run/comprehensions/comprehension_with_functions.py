def square(x):
    return x * x
print([square(x) for x in range(5)], {square(x) for x in range(-3, 4)}, {x: square(x) for x in range(3)})
words = ["apple", "Banana", "cherry"]
print([w.upper() for w in words if w[0].islower()], [len(w) for w in words], [w[::-1] for w in sorted(words)])
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)], [x for row in matrix for x in row if x % 2 == 0])
