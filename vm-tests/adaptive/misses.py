# A site that turns from int to float: 52 misses keep BINARY_OP_ADD_INT, the 53rd
# re-specialises to BINARY_OP_ADD_FLOAT. A site with fewer misses keeps its first form, and a
# site whose operands never agree stays generic (backing off).
def flip():
    values = [1] * 3 + [1.5] * 60
    total = 0
    for v in values:
        total = total + v
    return total


def short_flip():
    values = [1] * 3 + [1.5] * 40
    total = 0
    for v in values:
        total = total + v
    return total


def never():
    total = 0
    for v in [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]:
        total = total + v * 0.5
    return total


print(flip(), short_flip(), never())
