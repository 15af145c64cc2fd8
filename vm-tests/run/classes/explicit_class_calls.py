# Methods called through the class, not an instance: the idiom `Base.__init__(self, ...)`.


LOUD = True


def say(*args):
    if LOUD:
        print(*args)


class Base:
    count = 0

    def __new__(cls, *args):
        say("Base.__new__", cls.__name__, args)
        return super().__new__(cls)

    def __init__(self, i):
        say("Base.__init__", type(self).__name__, i)
        self.i = i

    def describe(self):
        return f"Base.describe({self.i})"

    @classmethod
    def make(cls, i):
        print("Base.make on", cls.__name__)
        return cls(i)

    @staticmethod
    def helper(x):
        return x * 2


class Leaf(Base):
    def __new__(cls, *args):
        say("Leaf.__new__", args)
        return Base.__new__(cls, *args)

    def __init__(self, i):
        Base.__init__(self, i)
        say("after Base.__init__")
        self.j = i + 1

    def describe(self):
        return "Leaf(" + Base.describe(self) + ")"

    @classmethod
    def make(cls, i):
        print("Leaf.make")
        return Base.make.__func__(cls, i)

    @staticmethod
    def helper(x):
        return Base.helper(x) + 1


class Twig(Leaf):
    def __init__(self, i):
        super().__init__(i)
        super(Leaf, self).__init__(i * 10)
        print("Twig done", self.i, self.j)

    def describe(self):
        return "Twig/" + super().describe() + "/" + Leaf.describe(self) + "/" + Base.describe(self)


leaf = Leaf(2)
print(leaf.describe())
Base.__init__(Leaf.__new__(Leaf), 7)
init = Base.__init__
print(init.__qualname__, init is Base.__dict__["__init__"])
fresh = object.__new__(Leaf)
init(fresh, 8)
print(fresh.i)
Leaf.__init__(fresh, 9)
print(fresh.i, fresh.j)

twig = Twig(3)
print(twig.describe())
print(Twig.describe(twig))
print(Base.describe(twig))

made = Leaf.make(4)
print(type(made).__name__, made.describe())
print(Base.make(5).describe())
print(Leaf.helper(3), Base.helper(3), leaf.helper(3), Twig.helper(1))

# Builtin methods through their class.
print(str.upper("abc"), list.__len__([1, 2]), dict.get({"a": 1}, "a"), int.__add__(2, 3))
print(object.__repr__(leaf).startswith("<__main__.Leaf object"))


class Meta(type):
    def __call__(cls, *args):
        print("Meta.__call__", cls.__name__, args)
        return super().__call__(*args)

    def __init__(cls, name, bases, ns):
        print("Meta.__init__", name)
        super().__init__(name, bases, ns)


class WithMeta(metaclass=Meta):
    def __init__(self, v):
        self.v = v

    def show(self):
        return self.v


w = WithMeta(6)
WithMeta.__init__(w, 11)
print(WithMeta.show(w), type.__call__(WithMeta, 12).v)

# A loop so that the call sites warm up and specialise.
LOUD = False
total = 0
for k in range(40):
    obj = Leaf.__new__(Leaf)
    Base.__init__(obj, k)
    Leaf.__init__(obj, k)
    total += obj.j + len(Base.describe(obj))
print(total)
try:
    Base.__init__()
except TypeError as e:
    print("TypeError:", e)
try:
    Base.describe(3)
except AttributeError as e:
    print("AttributeError:", e)
