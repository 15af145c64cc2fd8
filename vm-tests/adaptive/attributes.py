# Each LOAD_ATTR and STORE_ATTR form at its canonical site, run 3 times: the second run
# specialises every site, and the disassembly shows the forms.


class Point:
    scale = 10

    def __init__(self, x, y):
        self.x = x  # STORE_ATTR_INSTANCE_VALUE
        self.y = y

    def norm1(self):
        return abs(self.x) + abs(self.y)

    @property
    def doubled(self):
        return self.x * 2


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self):
        self.a = 1  # STORE_ATTR_SLOT
        self.b = 2

    def total(self):
        return self.a + self.b  # LOAD_ATTR_SLOT


class Loud:
    def __getattribute__(self, name):
        return name.upper()


class Oops(Exception):
    def describe(self):
        return "oops"


def attribute_loads(p, s, loud, err, opened):
    out = []
    out.append(p.x)  # LOAD_ATTR_INSTANCE_VALUE
    out.append(p.norm1())  # LOAD_ATTR_METHOD_WITH_VALUES
    out.append(p.doubled)  # LOAD_ATTR_PROPERTY
    out.append(Point.scale)  # LOAD_ATTR_CLASS
    out.append(s.total())  # LOAD_ATTR_METHOD_NO_DICT
    out.append(loud.anything)  # LOAD_ATTR_GETATTRIBUTE_OVERRIDDEN
    out.append(err.describe())  # LOAD_ATTR_METHOD_LAZY_DICT
    out.append(opened.z)  # LOAD_ATTR_WITH_HINT
    opened.z = opened.z + 1  # STORE_ATTR_WITH_HINT
    out.append(p.__class__.__name__)  # LOAD_ATTR_SLOT (__class__)
    out.append(p.scale)  # a class attribute through an instance: stays generic in 3.12
    return out


opened = Point(5, 6)
opened.z = 0
print(sorted(opened.__dict__))  # the dict is materialised from now on
for i in range(3):
    print(attribute_loads(Point(i, -i), Slotted(), Loud(), Oops(), opened))
