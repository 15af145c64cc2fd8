class Point:
    x: int = 0
    y: int
    label: "str" = "origin"

print(Point.__annotations__)
print(Point.x, Point.label, hasattr(Point, "y"))
count: int = 3
name: str
print(__annotations__)
def f(a: int, b: "float" = 1.0) -> list:
    return [a, b]
print(f.__annotations__)
