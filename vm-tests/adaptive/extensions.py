# Sites that CPython 3.12 leaves generic and minivm's extension forms (under --specialize=all)
# take: BINARY_OP_EXTEND, BINARY_SUBSCR_STR_INT, LOAD_ATTR_NONDESCRIPTOR_WITH_VALUES and _NO_DICT,
# CALL_ALLOC_AND_ENTER_INIT, CONTAINS_OP_SET and _DICT, and truth tests inside POP_JUMP_IF_*.
# Under cpython312 the disassembly is CPython 3.12's.


class Particle:
    mass = 2.0

    def __init__(self, x, v):
        self.x = x
        self.v = v

    def energy(self):
        return self.mass * self.v * self.v / 2  # mass: a class attribute through the instance


class Slim:
    __slots__ = ("a",)
    unit = 10

    def __init__(self):
        self.a = 1

    def scaled(self):
        return self.a * self.unit  # unit: a class attribute, no instance dict


def mixed(n, text):
    out = []
    for i in range(1, n):
        out.append(i % 3)  # int % int
        out.append(i // 2)  # int // int
        out.append(i << 2 | 1)  # shifts and bitwise ops
        out.append(i * 0.5)  # int * float
        out.append(text[i % len(text)])  # str[int]
        p = Particle(i, 2.0)  # the class call enters __init__ inline
        out.append(p.energy())
        out.append(Slim().scaled())
    return out


print(mixed(5, "abc"))


class Bad:
    def __init__(self):
        return 1


def init_returns_value():
    for _ in range(3):  # the third call runs __init__ inline and raises the same error
        try:
            Bad()
        except TypeError as e:
            print(e)


init_returns_value()


def membership_and_truth(items):
    seen = set()
    counts = {}
    kept = []
    for item in items:
        if item in seen:  # CONTAINS_OP_SET
            continue
        seen.add(item)
        if item not in counts:  # CONTAINS_OP_DICT
            counts[item] = 0
        if item:  # POP_JUMP_IF_FALSE__TO_BOOL_INT
            kept.append(item)
        if not kept:  # POP_JUMP_IF_FALSE__TO_BOOL_LIST
            kept.append(-1)
    name = ""
    while not name:  # POP_JUMP_IF_TRUE__TO_BOOL_STR (the test before the loop and the one after)
        name = "x" if name == "" else name
    return kept, sorted(counts)


print(membership_and_truth([0, 1, 2, 2, 3, 0, 1]))
