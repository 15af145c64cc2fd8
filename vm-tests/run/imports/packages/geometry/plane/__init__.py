from .circle import area as circle_area


def describe():
    return f"plane with circle_area(1)={circle_area(1)}"
