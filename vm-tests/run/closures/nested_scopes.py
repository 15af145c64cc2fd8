def a():
    x = "a"
    def b():
        y = "b"
        def c():
            return x + y
        return c()
    return b()
print(a())
g = "global"
def reads_global():
    return g
def shadows():
    g = "local"
    return g
print(reads_global(), shadows(), g)
