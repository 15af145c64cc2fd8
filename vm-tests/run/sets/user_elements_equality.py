# Set membership where Python-level __eq__ decides: a user element equal to a builtin one,
# hash collisions between user elements, and removal by an equal object.
class Wrapped:
    def __init__(self, n):
        self.n = n

    def __hash__(self):
        return hash(self.n)

    def __eq__(self, other):
        print("eq", self.n, other if not isinstance(other, Wrapped) else f"Wrapped({other.n})")
        if isinstance(other, Wrapped):
            return self.n == other.n
        return self.n == other

    def __repr__(self):
        return f"Wrapped({self.n})"


class Collide:
    def __init__(self, tag):
        self.tag = tag

    def __hash__(self):
        return 7

    def __eq__(self, other):
        return isinstance(other, Collide) and self.tag == other.tag

    def __repr__(self):
        return f"Collide({self.tag!r})"


s = {1, "x", 2.5}
print(Wrapped(1) in s, Wrapped(9) in s)
s.add(Wrapped(1))
print(len(s), sorted(map(str, s)))
t = {Wrapped(3)}
print(3 in t, 4 in t)
t.add(3)
print(t)
c = {Collide("a"), Collide("b"), 7}
print(Collide("b") in c, 7 in c, Collide("c") in c)
c.discard(Collide("a"))
print(c, len(c))
f = frozenset(range(500))
print(Wrapped(499) in f, 250 in f)
