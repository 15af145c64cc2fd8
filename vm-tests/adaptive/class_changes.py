# Deoptimisation when a class changes after its sites specialised: a method added to a base,
# a class attribute rebound, an instance dict materialised, a property replaced, and an
# instance's __class__ assigned.


class Base:
    def __init__(self, v):
        self.v = v

    def get(self):
        return self.v


class Child(Base):
    @property
    def twice(self):
        return self.v * 2


def read(obj):
    return obj.v, obj.get(), obj.twice


def run(n, obj):
    out = []
    for _ in range(n):
        out.append(read(obj))
    return out[-1]


c = Child(3)
print(run(4, c))  # every site in read() specialises
Base.extra = 1  # the base changes: Child's version goes too
print(run(60, c))  # 53 misses, then the sites specialise again
Child.twice = property(lambda self: -self.v)  # the property itself changes: a lambda getter
print(run(60, c))
d = Child(5)
d.__dict__["w"] = 0  # d's attributes become a dict: v is now read by hint
print(run(60, d))


def add_method_later(obj, n):
    out = 0
    for i in range(n):
        out += obj.get()
        if i == 10:
            Base.get = lambda self: 100  # rebinding the method changes the class
    return out


print(add_method_later(Child(1), 100))


class Other(Base):
    def get(self):
        return -self.v


def value_of(obj):
    return obj.get()


def switch_class(n):
    o = Base(2)
    out = []
    for i in range(n):
        out.append(value_of(o))
        if i == 5:
            o.__class__ = Other  # the instance's class changes: value_of's sites miss, then re-specialise
    return out[-1], sum(out)


print(switch_class(80))
