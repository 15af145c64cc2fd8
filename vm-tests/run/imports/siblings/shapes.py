"""Shapes for the import tests."""
import counter
print("shapes loading as", __name__)
PI = 3.14159


class Square:
    def __init__(self, side):
        self.side = side

    def __repr__(self):
        return f"Square({self.side})"


def area_of(shape):
    return shape.side ** 2


if __name__ == "__main__":
    print("never printed: shapes is imported")
