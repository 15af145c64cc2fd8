class Plain:
    pass
a, b = Plain(), Plain()
print(a == a, a == b, a != b, a is a, hash(a) == hash(a), len({a, b, a}))
class EqOnly:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return isinstance(o, EqOnly) and self.v == o.v
print(EqOnly(1) == EqOnly(1), EqOnly(1) != EqOnly(2), EqOnly(1) == 1)
try:
    hash(EqOnly(1))
except TypeError as e:
    print(e)
