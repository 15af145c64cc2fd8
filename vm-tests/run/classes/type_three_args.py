def greet(self):
    return f"hi from {self.name}"
Base = type("Base", (), {"kind": "base"})
Person = type("Person", (Base,), {"greet": greet, "__init__": lambda self, n: setattr(self, "name", n)})
p = Person("Zed")
print(p.greet(), p.kind, Person.__name__, [c.__name__ for c in Person.__mro__])
print(type(p) is Person, type(Person), type(type))
try:
    type("X", (5,), {})
except TypeError as e:
    print("TypeError:", e)
try:
    type("X", ())
except TypeError as e:
    print("TypeError:", e)
