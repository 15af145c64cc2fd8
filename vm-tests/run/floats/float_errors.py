for expr in [lambda: 1 / 0, lambda: 1.0 / 0, lambda: 1 // 0, lambda: 1.5 % 0, lambda: 0.0 ** -1, lambda: 10.0 ** 400]:
    try:
        expr()
    except (ZeroDivisionError, OverflowError) as e:
        print(type(e).__name__, e)
print(float("1.5"), float(" -2 "), float("1e3"), float("inf"), float(7))
try:
    float("abc")
except ValueError as e:
    print(e)
