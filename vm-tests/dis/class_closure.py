def make_class(tag):
    label = tag.upper()

    class Tagged:
        name = label
        size = len(label)

        def get(self):
            return label, __class__.__name__

        def __repr__(self):
            return f"<{self.name}>"
    return Tagged


T = make_class("abc")
print(T.name, T.size, T().get(), T())


class Outer:
    x = 1

    class Inner:
        y = 2

        def f(self):
            return self.y
    values = [x * 2 for x in range(3)]


print(Outer.Inner().f(), Outer.values, Outer.Inner.__qualname__)
