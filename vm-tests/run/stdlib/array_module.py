# array.array: typecodes, sequence operations, conversions, errors and the buffer protocol.
import array
import os

print(array.typecodes, array.ArrayType is array.array)


def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for code in array.typecodes:
    a = array.array(code, "xyz" if code == "u" else [1, 2, 3])
    print(code, a.itemsize, a.typecode, len(a), a, a.tolist())

a = array.array("i", range(6))
print(a[0], a[-1], a[1:4], a[::2], a[::-1])
a[1] = 10
a[2:4] = array.array("i", [7, 8, 9])
print(a)
del a[0]
del a[::2]
print(a)
a.append(5)
a.extend([6, 7])
a.extend(array.array("i", [8]))
a.insert(0, -1)
a.insert(100, 99)
print(a, a.pop(), a.pop(0), a)
a.remove(7)
print(a, a.index(8), a.count(8), 8 in a, 42 in a)
a.reverse()
print(a, list(a), [x * 2 for x in a])
print(a + array.array("i", [1]), a * 2, 2 * array.array("b", [1]))
b = array.array("h", [1, 2])
b += array.array("h", [3])
b *= 2
print(b, b.buffer_info()[1])
print(array.array("i", [1, 2]) == array.array("d", [1.0, 2.0]), array.array("b", [1]) < array.array("b", [2]))
print(array.array("i", [1, 2]) != array.array("i", [1, 2]), array.array("i") == array.array("i", [0]))

# Bytes and text conversions.
c = array.array("H", [1, 258])
raw = c.tobytes()
print(raw)
c.byteswap()
print(c)
d = array.array("H")
d.frombytes(raw)
d.fromlist([3, 4])
print(d, array.array("b", b"ab"), array.array("f", [0.1]))
u = array.array("u", "hi")
u.fromunicode(" there")
print(u, u.tounicode(), u[0])

# Buffer protocol.
m = memoryview(array.array("i", [1, 2, 3]))
print(m.format, m.itemsize, m.nbytes, m.tolist(), bytes(array.array("B", [65, 66])))
arr = array.array("q", [5, 6])
mv = memoryview(arr)
mv[0] = 50
print(arr, mv[1])

# Files.
path = f"/tmp/minivm_array_{os.getpid()}.bin"
with open(path, "wb") as f:
    array.array("i", [1, 2, 3]).tofile(f)
e = array.array("i")
with open(path, "rb") as f:
    e.fromfile(f, 3)
print(e)
with open(path, "rb") as f:
    attempt(lambda: e.fromfile(f, 5))
print(e)
os.remove(path)

# Errors.
attempt(lambda: array.array("x"))
attempt(lambda: array.array("ii"))
attempt(lambda: array.array())
for code, value in [("b", 200), ("b", -200), ("B", -1), ("B", 256), ("h", 1 << 15), ("H", -1),
                    ("i", 1 << 31), ("I", -1), ("I", 1 << 32), ("l", 1 << 63), ("L", -1),
                    ("q", 1 << 63), ("Q", -1), ("Q", 1 << 64), ("i", 1.5), ("i", "a"), ("f", "a"),
                    ("u", 1), ("u", "ab"), ("b", 1 << 70), ("I", 1 << 70), ("L", 1 << 64)]:
    attempt(lambda: array.array(code, [value]))
attempt(lambda: array.array("i", "ab"))
attempt(lambda: array.array("i", b"abc"))
attempt(lambda: array.array("i", [1, 2])[5])
attempt(lambda: array.array("i", [1, 2]) + array.array("d"))
attempt(lambda: array.array("i", [1, 2]) + [1])
attempt(lambda: array.array("i", [1, 2]).index(5))
attempt(lambda: array.array("i", [1, 2]).remove(5))
attempt(lambda: array.array("i").pop())
attempt(lambda: array.array("i", [1]).pop(4))
attempt(lambda: array.array("i", [1]).fromunicode("abc"))
attempt(lambda: array.array("i", [1]).tounicode())
attempt(lambda: array.array("i", [1]).extend(array.array("b")))
attempt(lambda: array.array("i", [1]).__setitem__(slice(0, 1), [1]))
attempt(lambda: array.array("i", [1]).__setitem__(slice(0, 3, 2), array.array("i", [1, 2, 3])))
attempt(lambda: array.array("i", [1]).fromlist(5))
attempt(lambda: array.array("i", [1]).__setitem__(3, 1))

# A live view keeps the array's size fixed; writing in place is allowed.
a = array.array("i", [1, 2, 3])
view = memoryview(a)
attempt(lambda: a.append(4))
attempt(lambda: a.pop())
attempt(lambda: a.__setitem__(slice(0, 1), array.array("i", [7, 8])))
attempt(lambda: a.__imul__(2))
a[0] = 9
a.reverse()
view.release()
a.append(4)
print(a)
attempt(lambda: array.array("i", [1]) * (1 << 62))
attempt(lambda: array.array("i", [1])[1 << 70])
attempt(lambda: hash(array.array("b")))

# Subclasses, copies, pickling and the builtins that take sequences.
import copy
import pickle


class Tagged(array.array):
    def __init__(self, code, items):
        self.tag = code


t = Tagged("i", [1, 2])
print(t, t.tag, isinstance(t, array.array), len(t), t + array.array("i", [3]))
print(copy.copy(array.array("d", [1.5])), copy.deepcopy(array.array("u", "ab")))
p = pickle.loads(pickle.dumps(array.array("h", [1, -2])))
print(p, type(p), list(reversed(array.array("b", [1, 2, 3]))))
print(sorted(array.array("i", [3, 1, 2])), sum(array.array("f", [0.5, 0.25])), max(array.array("B", b"az")))
print(bytearray(array.array("H", [1])), array.array("i", [1]) == [1], array.array("i", array.array("b", [1, 2])))
x = array.array("b", [1, 2, 3, 4, 5])
x[1:4:2] = array.array("b", [9, 9])
del x[::-2]
print(x, x[10:], x[-100:100], array.array("i", iter([1, 2])), array.array("d", (1, 2)))
