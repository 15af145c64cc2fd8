def classify(n):
    if n < 0:
        kind = "negative"
    elif n == 0:
        kind = "zero"
    elif n % 2 == 0 and n % 3 == 0:
        kind = "div6"
    elif n % 2 == 0 or n % 5 == 0:
        kind = "even-or-5"
    else:
        kind = "other"
    return kind
print([classify(n) for n in [-3, 0, 6, 4, 5, 7, 12, 15]])
x = 5
print("big" if x > 10 else "medium" if x > 3 else "small", x > 3 and "yes" or "no")
