def f():
    try:
        print("in try")
        return "try value"
    finally:
        print("in finally")
print(f())
def g():
    for i in range(3):
        try:
            if i == 1:
                return i
        finally:
            print("finally", i)
print(g())
def h():
    try:
        raise ValueError("x")
    except ValueError:
        return "handled"
    finally:
        print("h finally")
print(h())
