class Base:
    def run(self):
        return [self.step(i) for i in range(3)]
    def step(self, i):
        raise NotImplementedError
class Doubler(Base):
    def step(self, i):
        return i * 2
class Lazy(Base):
    pass
print(Doubler().run())
try:
    Lazy().run()
except NotImplementedError as e:
    print("NotImplementedError", repr(e))
class Template:
    greeting = "Hello"
    def render(self, name):
        return f"{self.greeting}, {self.decorate(name)}!"
    def decorate(self, name):
        return name
class Shouting(Template):
    greeting = "HEY"
    def decorate(self, name):
        return name.upper()
print(Template().render("ann"), Shouting().render("bob"))
