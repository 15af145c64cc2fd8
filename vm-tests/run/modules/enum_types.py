from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique

class Color(Enum):
    RED = 1
    GREEN = auto()
    BLUE = auto()
    CRIMSON = 1

    def describe(self):
        return f"{self.name.lower()} ({self.value})"

    @classmethod
    def default(cls):
        return cls.GREEN

print(Color.RED, repr(Color.RED), Color(1), Color["GREEN"], list(Color), len(Color))
print(Color.RED.name, Color.RED.value, Color.BLUE.value, Color.CRIMSON is Color.RED, Color.RED in Color, 2 in Color)
print(type(Color.RED), Color, Color.RED.describe(), Color.default(), isinstance(Color.RED, Color))
print(Color.__members__, f"{Color.RED}", format(Color.GREEN), str(Color.BLUE))
print(Color.RED == Color.RED, Color.RED == 1, Color.RED != Color.GREEN, hash(Color.RED) == hash(Color.RED), {Color.RED: "r"}[Color.CRIMSON])
for bad in [lambda: Color(7), lambda: Color["PURPLE"]]:
    try:
        bad()
    except (ValueError, KeyError) as e:
        print(type(e).__name__, e)
try:
    Color.RED = 5
except AttributeError as e:
    print("AttributeError", e)

class Level(IntEnum):
    LOW = 1
    HIGH = 3
print(Level.LOW, repr(Level.HIGH), Level.LOW + 1, Level.HIGH == 3, Level.LOW < Level.HIGH, sorted([Level.HIGH, Level.LOW]), f"{Level.HIGH:>4}", int(Level.HIGH))
print(Level(3), [l.name for l in Level], max(Level), isinstance(Level.LOW, int))

class Mode(StrEnum):
    READ = auto()
    WRITE = "w"
print(Mode.READ, repr(Mode.READ), Mode.WRITE.upper(), Mode("w"), Mode.READ == "read")

class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
rw = Perm.R | Perm.W
print(rw, Perm.R in rw, Perm.X in rw, bool(Perm.R & Perm.X), [p.name for p in Perm], Perm.R.value, Perm.X.value)

class Bits(IntFlag):
    A = 1
    B = 2
print(Bits.A | Bits.B, Bits.A + 1, Bits(3))

class Planet(Enum):
    MERCURY = (3.303e23, 2.4397e6)
    EARTH = (5.976e24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
print(Planet.EARTH.mass, Planet.EARTH.value, Planet.MERCURY.radius)

try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError", e)

match Color.GREEN:
    case Color.RED:
        print("red")
    case Color.GREEN:
        print("green matched")
