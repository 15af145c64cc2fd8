def between(a, b, c):
    return a < b < c
print(between(1, 2, 3), between(3, 2, 1), 1 < 2 > 0, 1 == 1.0 != 2, 3 >= 3 <= 4)
x = 5
print(0 <= x < 10, 0 <= x < 5, "a" < "b" < "c")
