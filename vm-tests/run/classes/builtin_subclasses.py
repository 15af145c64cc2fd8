class Stack(list):
    def push(self, x):
        self.append(x)
    def peek(self):
        return self[-1]
s = Stack([1, 2])
s.push(3)
print(s, len(s), s.peek(), s.pop(), s, isinstance(s, list), type(s).__name__, sum(s), s + [9], list(reversed(s)))
class Named(list):
    def __init__(self, name, items=()):
        super().__init__(items)
        self.name = name
n = Named("nums", [3, 1, 2])
n.sort()
print(n, n.name, n[0], n[1:], 2 in n, [x * 2 for x in n], bool(Named("e")))
class Counter(dict):
    def __missing__(self, key):
        return 0
c = Counter(a=1)
c["b"] += 5
print(c, c["zzz"], c.get("a"), sorted(c), len(c), isinstance(c, dict))
class Celsius(float):
    def __repr__(self):
        return f"{float(self):.1f}°C"
t = Celsius(21.456)
print(t, t + 1, t * 2, round(t, 1), t > 20, str(t), f"{t:.2f}")
class Upper(str):
    def shout(self):
        return self.upper() + "!"
u = Upper("hello")
print(u, u.shout(), len(u), u[1:3], u + " world", u == "hello", {u: 1}["hello"], u.startswith("he"))
class Even(int):
    def __new__(cls, v):
        return super().__new__(cls, v - v % 2)
e = Even(7)
print(e, e + 1, type(e).__name__, isinstance(e, int), e * 3, e == 6, hash(e) == hash(6))
