def attempt(x):
    try:
        r = 10 // x
    except ZeroDivisionError:
        print("div by zero")
        return None
    else:
        print("no error, r =", r)
        return r
    finally:
        print("cleanup for", x)
print(attempt(2), attempt(0))
for i in range(3):
    try:
        if i == 1:
            raise KeyError(i)
    except KeyError as e:
        print("caught", e)
    else:
        print("else", i)
