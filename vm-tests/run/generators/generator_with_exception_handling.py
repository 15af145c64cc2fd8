def safe_div(pairs):
    for a, b in pairs:
        try:
            yield a / b
        except GeneratorExit:
            print("generator exiting")
            raise
        except Exception as e:
            print("unexpected", e)
    return "complete"
def robust(pairs):
    for a, b in pairs:
        try:
            result = a / b
        except ZeroDivisionError:
            yield float("inf")
        else:
            yield result
print(list(robust([(1, 2), (1, 0), (3, 1)])))
g = safe_div([(4, 2), (9, 3)])
print(next(g))
g.close()
