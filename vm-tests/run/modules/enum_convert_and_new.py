# IntEnum._convert_ (as signal builds Signals) and members made by a class body's own __new__
# (as inspect's _ParameterKind is).
import enum

RED_X = 3
BLUE_X = 1
GREEN_X = 2
enum.IntEnum._convert_("Colors", __name__, lambda n: n.endswith("_X"))
print(list(Colors), Colors(2), RED_X, repr(BLUE_X), Colors.__module__, Colors.__qualname__)


class Kind(enum.IntEnum):
    FIRST = "the first"
    SECOND = "the second"

    def __new__(cls, description):
        value = len(cls.__members__)
        member = int.__new__(cls, value)
        member._value_ = value
        member.description = description
        return member

    def __str__(self):
        return self.name


print(list(Kind), Kind(1), Kind.SECOND.description, Kind.FIRST < Kind.SECOND, int(Kind.SECOND))


class Planet(enum.Enum):
    EARTH = (5.97, 6.37)

    def __new__(cls, mass, radius):
        member = object.__new__(cls)
        member.mass = mass
        return member


print(Planet.EARTH, Planet.EARTH.value, Planet.EARTH.mass)
