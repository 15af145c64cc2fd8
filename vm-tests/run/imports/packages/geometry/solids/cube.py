from ..units import to_cm
from . import sphere
print("cube loads; sphere already", sphere.__name__)


def volume(side):
    return side ** 3
