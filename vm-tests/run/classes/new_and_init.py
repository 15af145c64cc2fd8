class Singleton:
    _instance = None
    def __new__(cls, *args):
        if cls._instance is None:
            print("creating")
            cls._instance = super().__new__(cls)
        return cls._instance
    def __init__(self, value):
        print("init", value)
        self.value = value

a = Singleton(1)
b = Singleton(2)
print(a is b, a.value)

class Weird:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never")
print(Weird())

class Pos(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]
p = Pos(3, 4)
print(p, p.x, len(p), isinstance(p, tuple))
try:
    object.__new__(5)
except TypeError as e:
    print("TypeError:", e)
