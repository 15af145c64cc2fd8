print(1 == 1.0, 2 ** 53 + 1 == float(2 ** 53 + 1), 10 ** 20 < 1e21, 0.5 < 1, 3 > 2.5)
print(float(2 ** 53), int(1e20), 1e20 == 10 ** 20)
print(max(1, 2.0, 1.5), min([3, 2.5]), sorted([3, 1.5, 2, 0.5]))
print((0.1).is_integer(), (2.0).is_integer(), (0.5).as_integer_ratio(), (1.0).hex())
