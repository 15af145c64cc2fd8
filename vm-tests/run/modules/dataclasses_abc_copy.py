from dataclasses import dataclass, field, asdict, astuple, replace, fields, is_dataclass, FrozenInstanceError
from abc import ABC, abstractmethod
import copy

@dataclass
class Point:
    x: int
    y: int = 0
    tags: list = field(default_factory=list)

p = Point(1)
print(p, p == Point(1), p == Point(2), asdict(p), astuple(p), replace(p, y=5), [f.name for f in fields(p)])
p.tags.append("a"); print(p, Point(1).tags, Point(3, 4, ["t"]), Point(x=7, y=8))
print(is_dataclass(p), is_dataclass(Point), is_dataclass(3), Point.__match_args__)
for bad in [lambda: Point(), lambda: Point(1, 2, [], 4), lambda: Point(1, z=3), lambda: Point(1, x=2)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)

@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0

print(Version(1) < Version(1, 2), sorted([Version(2), Version(1, 5), Version(1)]), hash(Version(1)) == hash(Version(1)))
try:
    Version(1).major = 3
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e, isinstance(e, AttributeError))

@dataclass
class Inventory:
    name: str
    count: int = 0
    def __post_init__(self):
        self.label = f"{self.name}:{self.count}"

@dataclass
class Special(Inventory):
    rare: bool = False

s = Special("gem", 3, True)
print(s, s.label, asdict(s), Inventory.__hash__ is None)
try:
    @dataclass
    class Bad:
        items: list = []
except ValueError as e:
    print("ValueError:", e)

@dataclass
class Nested:
    origin: Point
    points: list
print(asdict(Nested(Point(1, 2), [Point(3)])))
match Point(5, 6):
    case Point(x, y):
        print("matched", x, y)

class Shape(ABC):
    @abstractmethod
    def area(self):
        ...
    @abstractmethod
    def name(self):
        ...
    def describe(self):
        return f"{self.name()} with area {self.area()}"

class Square(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
    def name(self):
        return "square"

class Half(Shape):
    def area(self):
        return 0

print(Square(3).describe(), isinstance(Square(1), Shape), issubclass(Square, Shape))
for cls in (Shape, Half):
    try:
        cls()
    except TypeError as e:
        print("TypeError:", e)

data = {"a": [1, 2, {"b": [3]}], "c": (4, [5])}
shallow = copy.copy(data)
deep = copy.deepcopy(data)
data["a"][2]["b"].append(99)
print(shallow["a"][2], deep["a"][2], deep == {"a": [1, 2, {"b": [3]}], "c": (4, [5])}, shallow is not data)
shared = [1]
pair = [shared, shared]
pc = copy.deepcopy(pair)
print(pc[0] is pc[1], pc[0] is not shared)
orig = Point(1, 2, ["x"])
cp = copy.copy(orig)
dp = copy.deepcopy(orig)
orig.tags.append("y")
print(cp, dp, cp.tags is orig.tags)

class Custom:
    def __init__(self):
        self.v = [1]
    def __deepcopy__(self, memo):
        return "custom deepcopy"
print(copy.deepcopy(Custom()), copy.copy(5), copy.deepcopy("s"), copy.copy([1, 2]), copy.copy({1: 2}))
