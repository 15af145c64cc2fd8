class P:
    __slots__ = ("x", "y")
    def __init__(self, x):
        self.x = x

p = P(1)
print(p.x, hasattr(p, "__dict__"))
try:
    p.y
except AttributeError as e:
    print("AttributeError:", e)
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)
p.y = 2
print(p.x + p.y)
class Q(P):
    pass
q = Q(5)
q.z = 9
print(q.z, q.x, sorted(vars(q)))
