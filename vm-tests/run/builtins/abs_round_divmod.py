print(abs(-7), abs(7.5), abs(-0.0), abs(-2 ** 70), abs(3 - 4j), abs(True))
print(round(3.14159), round(3.14159, 2), round(-2.5), round(2.5), round(15, -1), round(25, -1))
print(divmod(9, 4), divmod(-9, 4), divmod(9.5, 2.5), divmod(-9.5, 2), divmod(2 ** 65, 3))
