def make_greeter(greeting="Hello"):
    def greet(name, punct="!"):
        return f"{greeting}, {name}{punct}"
    return greet
hi = make_greeter("Hi")
print(hi("Ann"), make_greeter()("Bob", "?"), hi.__defaults__, hi.__name__, hi.__qualname__)
def counter_factory(start):
    def counter():
        nonlocal start
        start += 1
        return start
    return counter
c = counter_factory(10)
print(c(), c(), counter_factory(0)())
