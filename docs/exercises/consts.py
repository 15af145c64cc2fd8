def area(r):
    pi = 3.14159
    return pi * r * r


LIMIT = 10
print([area(r) for r in range(3)], LIMIT)
