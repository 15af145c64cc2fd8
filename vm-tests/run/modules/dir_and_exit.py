import math, collections
print([n for n in dir(math) if not n.startswith("_")][:12])
print("deque" in dir(collections), "__name__" in dir(math))
class Base:
    base_attr = 1
    def method(self):
        pass
class Child(Base):
    def __init__(self):
        self.own = 2
print([n for n in dir(Child()) if not n.startswith("__")], [n for n in dir(Child) if not n.startswith("__")])
print([n for n in dir([]) if not n.startswith("__")])
print([n for n in dir("") if not n.startswith("_")][:9])
class Custom:
    def __dir__(self):
        return ["b", "a"]
print(dir(Custom()))
def f():
    x = 1
    y = 2
    return dir()
print(f())
a_global = 1
print("a_global" in dir(), "f" in dir())
exit(3)
