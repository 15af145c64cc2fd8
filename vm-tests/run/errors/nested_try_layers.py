def level(n):
    try:
        if n == 0:
            raise ValueError("bottom")
        return level(n - 1)
    except KeyError:
        return "wrong handler"
    finally:
        print("unwinding", n)
try:
    level(3)
except ValueError as e:
    print("caught at top:", e)
