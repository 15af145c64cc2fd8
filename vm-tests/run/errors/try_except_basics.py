def risky(kind):
    if kind == 1:
        raise ValueError("bad value")
    if kind == 2:
        raise KeyError("missing")
    if kind == 3:
        return 1 / 0
    return "ok"
for k in range(4):
    try:
        print(risky(k))
    except ValueError as e:
        print("value:", e)
    except (KeyError, ZeroDivisionError) as e:
        print("other:", type(e).__name__, e.args)
    else:
        print("no error")
    finally:
        print("cleanup", k)
