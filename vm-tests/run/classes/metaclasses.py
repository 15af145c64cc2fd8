class Registry(type):
    classes = []
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns)
        cls.tag = kw.get("tag", name.lower())
        Registry.classes.append(name)
        return cls
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
        cls.initialised = True
    def describe(cls):
        return f"{cls.__name__} tagged {cls.tag}"

class Base(metaclass=Registry):
    pass
class Child(Base, tag="kid"):
    def hello(self):
        return "hello from " + type(self).__name__
print(Registry.classes, Base.tag, Child.tag, Child.initialised)
print(type(Base).__name__, type(Child) is Registry, isinstance(Child, Registry), isinstance(Child, type))
print(Child.describe(), Child().hello())
try:
    Child().describe()
except AttributeError as e:
    print("AttributeError:", e)

class Singleton(type):
    instances = {}
    def __call__(cls, *args, **kwargs):
        if cls not in Singleton.instances:
            print("creating", cls.__name__)
            Singleton.instances[cls] = super().__call__(*args, **kwargs)
        return Singleton.instances[cls]

class Config(metaclass=Singleton):
    def __init__(self, value):
        self.value = value

a = Config(1)
b = Config(2)
print(a is b, a.value, type(a).__name__)

class Plain(type):
    pass
class UsesPlain(metaclass=Plain):
    x = 1
print(type(UsesPlain).__name__, UsesPlain.x, UsesPlain().x, UsesPlain.__mro__)
Dyn = Plain("Dyn", (), {"y": 2})
print(type(Dyn).__name__, Dyn.y)
