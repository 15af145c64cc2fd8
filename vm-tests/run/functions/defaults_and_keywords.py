def greet(name, greeting="Hello", *, punct="!"):
    return f"{greeting}, {name}{punct}"
print(greet("Ann"))
print(greet("Bo", "Hi"))
print(greet(name="Cy", greeting="Yo", punct="?"))
print(greet.__defaults__, greet.__kwdefaults__, greet.__name__)
