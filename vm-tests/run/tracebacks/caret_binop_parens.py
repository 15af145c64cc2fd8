a, b, c = 1, 0, 2
print((a + c) // (b * c))
