from collections import deque, defaultdict, Counter, OrderedDict, namedtuple, ChainMap
import collections

d = deque([1, 2, 3])
d.append(4); d.appendleft(0)
print(d, len(d), d[0], d[-1], 3 in d)
d.rotate(2); print(d)
d.rotate(-3); print(d)
print(d.pop(), d.popleft(), d)
d.extend([7, 8]); d.extendleft([-1, -2]); print(d)
b = deque(range(10), maxlen=3)
print(b, b.maxlen)
b.append(10); b.appendleft(5); print(b)
print(deque(), list(reversed(deque([1, 2, 3]))), deque([1, 2]) == deque([1, 2]), deque("ab") + deque("cd"))
for bad in [lambda: deque().pop(), lambda: deque().popleft(), lambda: deque([1])[5], lambda: deque([1]).remove(9)]:
    try:
        bad()
    except (IndexError, ValueError) as e:
        print(type(e).__name__, e)

dd = defaultdict(list)
for word in "apple avocado banana blueberry cherry".split():
    dd[word[0]].append(word)
print(dd, dict(dd), dd["z"], len(dd))
counts = defaultdict(int)
for ch in "mississippi":
    counts[ch] += 1
print(sorted(counts.items()), isinstance(counts, dict), defaultdict(), defaultdict(None, {1: 2}))
try:
    defaultdict()[1]
except KeyError as e:
    print("KeyError", e)

c = Counter("abracadabra")
print(c, c["a"], c["z"], c.most_common(2), c.total())
print(Counter(a=3, b=1) + Counter(a=1, c=2), Counter(a=3, b=1) - Counter(a=1, b=5))
print(Counter(a=3, b=1) | Counter(a=1, b=5), Counter(a=3, b=1) & Counter(a=1, b=5), Counter(), -Counter(a=-2, b=3))
c.update("aaz"); c.subtract({"b": 10}); print(c, sorted(c.elements())[:6])
c2 = Counter(["x", "y", "x"]); c2 += Counter(["y"]); print(c2, dict(c2))

od = OrderedDict()
od["b"] = 1; od["a"] = 2; od["c"] = 3
od.move_to_end("b"); print(od, list(od))
od.move_to_end("c", last=False); print(od, od.popitem(), od.popitem(last=False), od)
print(OrderedDict(), OrderedDict(x=1) == OrderedDict(x=1), OrderedDict([(1, 2), (3, 4)]) == {3: 4, 1: 2})

Point = namedtuple("Point", "x y")
p = Point(1, y=2)
print(p, p.x, p.y, p[0], p == (1, 2), Point._fields, p._asdict(), p._replace(y=9), Point._make([5, 6]))
x, y = p
print(x + y, type(p).__name__, isinstance(p, tuple), len(p), hash(p) == hash((1, 2)))
P3 = namedtuple("P3", ["a", "b", "c"], defaults=[0, 10])
print(P3(1), P3(1, 2), P3(1, c=5), P3._field_defaults)
for bad in [lambda: Point(1), lambda: Point(1, 2, 3), lambda: Point(1, 2, z=3), lambda: Point(1, x=2), lambda: P3()]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
for bad in [lambda: namedtuple("Bad", "x _y"), lambda: namedtuple("Bad", "x x"), lambda: namedtuple("Bad", "x 1y")]:
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
print(namedtuple("R", "a def a", rename=True)._fields)
match Point(3, 4):
    case Point(x=3, y=yy):
        print("matched", yy)

cm = ChainMap({"a": 1}, {"a": 2, "b": 3})
print(cm["a"], cm["b"], len(cm), sorted(cm), cm.get("z", 0), "b" in cm)
cm["c"] = 5; print(cm.maps[0], cm.new_child({"a": 0})["a"], cm.parents["a"])
print(collections.deque is deque)
