class Traced:
    def __new__(cls, *args):
        print("__new__", cls.__name__, args)
        return super().__new__(cls)
    def __init__(self, *args):
        print("__init__", args)
        self.args = args
    def __init_subclass__(cls):
        print("__init_subclass__", cls.__name__)
class Child(Traced):
    def __init__(self, a, b=2):
        print("Child.__init__")
        super().__init__(a, b)
t = Traced(1)
c = Child(5)
print(c.args)
try:
    Child()
except TypeError as e:
    print("TypeError:", e)
