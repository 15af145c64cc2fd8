def gen():
    try:
        yield 1
    finally:
        raise ValueError("from finally")
g = gen()
next(g)
try:
    g.close()
except ValueError as e:
    print("close raised", e)
g2 = gen()
next(g2)
try:
    next(g2)
except ValueError as e:
    print("next raised", e)
