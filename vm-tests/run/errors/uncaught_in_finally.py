def f():
    try:
        raise KeyError("original")
    finally:
        print("finally runs")
        [][0]
f()
