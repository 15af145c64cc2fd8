from .. import VERSION
print("sphere sees VERSION", VERSION)


def volume(r):
    return 4 / 3 * 3.141592653589793 * r ** 3
