import geometry.units as units


def area(r):
    return 3 * r * r + units.to_cm(0)
