def posonly(a, b, /, c, *, d, e=5):
    return a + b + c + d + e


def only_kw(*, x, y=2):
    return x * y


print(posonly(1, 2, 3, d=4))
print(posonly(1, 2, c=3, d=4, e=0))
print(only_kw(x=3), only_kw(y=3, x=3))
code = posonly.__code__
print(code.co_argcount, code.co_posonlyargcount, code.co_kwonlyargcount, code.co_varnames)
