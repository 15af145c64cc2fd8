def trace(fn):
    def wrapper(*args, **kwargs):
        print("call", fn.__name__, args)
        result = fn(*args, **kwargs)
        print("ret", result)
        return result
    return wrapper


def repeat(n):
    def deco(fn):
        def inner(*args):
            return [fn(*args) for _ in range(n)]
        return inner
    return deco


@trace
def add(a, b):
    return a + b


@repeat(3)
@trace
def hello(name):
    return "hi " + name


add(2, 3)
print(hello("bo"))
