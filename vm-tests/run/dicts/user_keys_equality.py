# Dict and set lookups where Python-level __eq__ decides: a user key equal to a builtin key, a
# builtin key equal to a user key, hash collisions between user keys, and an __eq__ that says no.
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


d = {1: "one", "x": "ex", 2.5: "float"}
print(d[Wrapped(1)])
print(Wrapped(2) in d)
d[Wrapped(1)] = "replaced"
print(d)
e = {Wrapped(3): "three"}
print(e[3], 3 in e, 4 in e)
e[3] = "builtin key"
print(e)
c = {Collide("a"): 1, Collide("b"): 2, 7: "seven"}
print(c[Collide("b")], c[7], Collide("c") in c)
c[Collide("a")] += 10
print(c)
del c[Collide("b")]
print(c, len(c))
big = {i: i * i for i in range(1000)}
print(big[Wrapped(999)], sum(big[i] for i in range(0, 1000, 100)))

# The same for set elements.
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
print(f & {Wrapped(1), 2, 3}, f - {Wrapped(1)} == f - {1}, len(f ^ {Wrapped(2), 600}))
small = {1, 2, 3}
print(small - {Wrapped(2)}, small & {Wrapped(3)}, small ^ {Wrapped(1)})
small -= {Wrapped(3)}
small ^= {Wrapped(2), 9}
print(small, {Wrapped(1)}.intersection({1}, {1, 2}), {1, 2}.difference({Wrapped(2)}))
print({Collide("a"), Collide("b")} & {Collide("b")}, {Collide("a")} ^ {Collide("a"), 7})
