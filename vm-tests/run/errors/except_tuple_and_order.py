def check(x):
    try:
        if x == 0:
            return 1 / x
        if x == 1:
            return [][x]
        if x == 2:
            return {}[x]
        return int("x")
    except (IndexError, KeyError) as e:
        return f"lookup {type(e).__name__}"
    except ArithmeticError as e:
        return f"arith {e}"
    except Exception as e:
        return f"other {type(e).__name__}"
print([check(i) for i in range(4)])
