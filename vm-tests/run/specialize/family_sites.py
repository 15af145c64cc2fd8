# Sites of every specialised family whose operands change under them: globals rebound and
# deleted, builtins shadowed, iterators and containers of other kinds. All modes agree.
SCALE = 2


def scaled(xs):
    total = 0
    for x in xs:
        total += x * SCALE + len(xs)
    return total


print([scaled([1, 2, 3]) for _ in range(5)])
SCALE = 10
print(scaled([1, 2, 3]))
del SCALE
try:
    scaled([1])
except NameError as e:
    print("NameError:", e)
SCALE = 3


def len(x):
    return 100


print(scaled([1, 2]))
del len
print(scaled([1, 2]), scaled((4, 5)), scaled(range(3)))


def pick(container, key):
    return container[key]


for c, k in [([1, 2, 3], 1)] * 5 + [((7, 8), 0), ({"a": 1}, "a"), ("text", 2), ([1, 2], -1), ({1: "x"}, 1)]:
    print(pick(c, k), end=" ")
print()
try:
    pick({}, "missing")
except KeyError as e:
    print("KeyError", e)
try:
    pick([1], 5)
except IndexError as e:
    print("IndexError", e)


def put(container, key, value):
    container[key] = value
    return container


for i in range(4):
    put([0, 0, 0], 1, i)
print(put([0, 0], 1, "x"), put({}, "k", 1), put([1, 2, 3], -1, 9))


def compare(a, b):
    return (a < b, a == b, a != b, a >= b)


for args in [(1, 2)] * 3 + [(2.5, 1.0), ("a", "a"), ("a", "b"), (2 ** 40, 2 ** 41), (1, 1.0), ([1], [2])]:
    print(compare(*args), end=" ")
print()


def unpack(seq):
    a, b = seq
    return a - b


print([unpack(s) for s in [(5, 3)] * 3 + [[9, 4], (1.5, 0.5), "ab" if False else (0, 0)]])
try:
    unpack((1, 2, 3))
except ValueError as e:
    print("ValueError", e)


def gen(n):
    yield from range(n)


def walk(it):
    return [x for x in it]


print(walk([1, 2]), walk((3, 4)), walk(range(3)), walk(gen(3)), walk("ab"), walk({5: 6}), walk(iter([7])))
for _ in range(3):
    walk(gen(2))
print(walk(range(10, 0, -3)), walk([]))
