class Shape:
    pass
class Circle(Shape):
    pass
class Square(Shape):
    pass
class Tiny(Square):
    pass
def all_subclasses(cls):
    out = []
    for sub in cls.__subclasses__():
        out.append(sub.__name__)
        out.extend(all_subclasses(sub))
    return out
print([c.__name__ for c in Shape.__subclasses__()], all_subclasses(Shape), Tiny.__subclasses__())
def make():
    class Temp(Shape):
        pass
    return Temp
t = make()
print([c.__name__ for c in Shape.__subclasses__()])
print(len(int.__subclasses__()) > 0, bool in int.__subclasses__())
