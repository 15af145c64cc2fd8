def t1():
    a, b = [1, 2, 3]
def t2():
    a, b = [1]
def t3():
    a, b = 5
def t4():
    a, *b, c = [1]
for t in [t1, t2, t3, t4]:
    try:
        t()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
