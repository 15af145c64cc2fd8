print(True & False, True | False, True ^ True, ~True, -True, True << 3, True // 2, True / 2, True % 2)
print(5 & 3, 5 | 3, 5 ^ 3, ~5, -5 & 0xFF, -1 & 0xFFFF, 6 & -4, -6 | 1, -6 ^ 7)
print((2 ** 100) & (2 ** 100 - 1), (2 ** 100) | 1, -(2 ** 100) & 0xFF, ~(2 ** 80))
