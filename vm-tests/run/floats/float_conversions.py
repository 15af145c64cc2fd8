print(float(1), float("  3.5  "), float("-1e-3"), float("1_000.5"), float("+inf"), float("-Infinity"), float("nAn"))
print(int(1e15), int(-2.9), int(1e100), float(10 ** 20), float(2 ** 63), str(1e16), str(1e15))
for bad in ["1.2.3", "one", "", "1e", "--1"]:
    try:
        float(bad)
    except ValueError as e:
        print(e)
