class Base:
    def __init__(self, value):
        self.value = value

    def describe(self):
        return f"value={self.value}"

    @classmethod
    def make(cls, v):
        return cls(v)


class Child(Base):
    def __init__(self, value, extra):
        super().__init__(value)
        self.extra = extra

    def describe(self):
        base = super().describe
        return base() + f", extra={self.extra}"

    @classmethod
    def make(cls, v):
        obj = super().make(v) if False else cls(v, "made")
        return obj

    def explicit(self):
        return super(Child, self).describe()


c = Child(1, 2)
print(c.describe(), c.explicit(), Child.make(9).describe())
