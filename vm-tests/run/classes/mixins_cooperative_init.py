class Base:
    def __init__(self, **kw):
        print("Base init, leftover", sorted(kw))
class Named(Base):
    def __init__(self, name, **kw):
        self.name = name
        super().__init__(**kw)
class Aged(Base):
    def __init__(self, age, **kw):
        self.age = age
        super().__init__(**kw)
class Person(Named, Aged):
    def __init__(self, **kw):
        super().__init__(**kw)
p = Person(name="Ada", age=36, extra=1)
print(p.name, p.age, [c.__name__ for c in Person.__mro__])
class ReprMixin:
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in sorted(vars(self).items()))
        return f"{type(self).__name__}({fields})"
class Point(ReprMixin):
    def __init__(self, x, y):
        self.x, self.y = x, y
print(Point(1, "b"))
