# A site from int to float: 52 misses keep BINARY_OP_ADD_INT, the 53rd re-specialises to
# BINARY_OP_ADD_FLOAT; a site with fewer misses keeps its first form (flip and short_flip are twins
# on purpose: each loop needs a site of its own); operands that never agree stay generic.
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
