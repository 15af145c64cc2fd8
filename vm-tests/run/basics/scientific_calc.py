def mean(xs):
    return sum(xs) / len(xs)
def variance(xs):
    m = mean(xs)
    return sum((x - m) ** 2 for x in xs) / (len(xs) - 1)
def sqrt(x):
    g = x
    for _ in range(50):
        g = (g + x / g) / 2
    return g
data = [2.5, 3.1, 4.7, 1.9, 3.3, 2.8]
print(f"mean={mean(data):.4f} var={variance(data):.4f} sd={sqrt(variance(data)):.4f}")
print(round(mean(data), 3), sorted(data)[len(data) // 2], max(data) - min(data))
