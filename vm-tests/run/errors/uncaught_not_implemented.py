class Shape:
    def area(self):
        raise NotImplementedError(f"{type(self).__name__} must define area")
class Square(Shape):
    pass
print(Square().area())
