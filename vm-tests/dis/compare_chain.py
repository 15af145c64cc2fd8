def classify(x):
    if 0 < x < 10:
        return "small"
    elif 10 <= x <= 100:
        return "medium"
    elif x > 100 and x != 1000:
        return "large"
    return "other"


values = [5, 50, 500, 1000, -1]
for v in values:
    print(v, classify(v))

a = [1, 2]
b = a
print(a is b, a is not b, 1 in a, 3 not in a, a == [1, 2], a != b)
print(1 < 2 < 3 > 2 >= 2 <= 5 == 5 != 4)
