def logged(fn):
    def wrapper(*args, **kwargs):
        print("calling", fn.__name__, args, kwargs)
        return fn(*args, **kwargs)
    return wrapper

def times(n):
    def deco(fn):
        def run(*a):
            return [fn(*a) for _ in range(n)]
        return run
    return deco

@logged
def add(a, b):
    return a + b

@times(3)
def hello(x):
    return "hi " + x

print(add(2, b=3))
print(hello("you"))
