x = 5
y = -x
z = +x
w = ~x
n = not x
print(y, z, w, n, -(-x), ~~x, not not x, -3.5, +2.0, -(1 + 2j))


class Signed:
    def __pos__(self):
        return "pos"

    def __neg__(self):
        return "neg"

    def __invert__(self):
        return "inv"


s = Signed()
print(+s, -s, ~s)
