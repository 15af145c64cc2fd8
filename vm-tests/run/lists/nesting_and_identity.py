a = [1, [2, 3]]
b = a
c = a[:]
a[1].append(4)
a.append(5)
print(a, b, c, a is b, a == c)
grid = [[0] * 3 for _ in range(3)]
grid[1][1] = 5
print(grid)
alias = [[0] * 2] * 2
alias[0][0] = 1
print(alias)
rec = [1]
rec.append(rec)
print(rec)
