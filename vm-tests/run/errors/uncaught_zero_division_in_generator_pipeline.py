def ratios(pairs):
    for a, b in pairs:
        yield a / b
def report(pairs):
    for r in ratios(pairs):
        print(f"{r:.2f}")
report([(1, 2), (3, 4), (5, 0)])
