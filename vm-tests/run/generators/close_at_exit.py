def src(name):
    try:
        yield 1
        yield 2
    finally:
        print("closing", name)
a = src("a")
next(a)
b = src("b")
next(b)
c = src("c")
print("end of module")
