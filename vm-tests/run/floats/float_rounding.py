for x in [0.5, 1.5, 2.5, -0.5, -1.5, 0.49999999999999994, 2.675, 1.005]:
    print(x, round(x), round(x, 1), round(x, 2))
print(round(1e20), round(-3.7), round(3.14159, 3), round(1234.5678, -3), round(0.0), round(-0.0, 1))
