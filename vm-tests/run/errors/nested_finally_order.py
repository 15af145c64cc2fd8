def f():
    try:
        try:
            print("inner try")
            raise ValueError("v")
        finally:
            print("inner finally")
    except ValueError:
        print("outer except")
        return "result"
    finally:
        print("outer finally")
print(f())
def g():
    for i in range(2):
        try:
            try:
                if i:
                    break
            finally:
                print("inner", i)
        finally:
            print("outer", i)
    return "g done"
print(g())
