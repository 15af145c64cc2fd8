def make_adder(n):
    def add(x):
        return x + n
    return add


def make_multipliers():
    return [lambda x, i=i: x * i for i in range(4)]


def outer(arg):
    arg = arg * 2
    captured = "c"

    def middle():
        def inner():
            return arg, captured
        return inner()
    return middle()


add5 = make_adder(5)
print(add5(10), [m(3) for m in make_multipliers()], outer(21))
print(add5.__code__.co_freevars, make_adder.__code__.co_cellvars)
