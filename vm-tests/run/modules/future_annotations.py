from __future__ import annotations
import __future__


def area(shape: Shape) -> float:
    return shape.size ** 2


class Shape:
    def __init__(self, size: int) -> None:
        self.size = size


print(area(Shape(3)), area.__annotations__, __future__.annotations, __future__.annotations.getMandatoryRelease())
print(__future__.all_feature_names[-1], __future__.division.compiler_flag)
