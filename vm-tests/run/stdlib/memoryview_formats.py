# memoryview casts to the native struct formats, items, tolist and the shape attributes.
import array

data = bytearray(range(16))
m = memoryview(data)
for fmt in ["B", "b", "c", "h", "H", "i", "I", "l", "L", "q", "Q", "f", "d", "?"]:
    v = m.cast(fmt)
    print(fmt, v.format, v.itemsize, v.nbytes, v.shape, v.strides, len(v), v.tolist()[:3])

ints = m.cast("I")
print(ints[0], ints[-1], ints[1:3].tolist(), ints[::2].tolist(), ints[::2].strides)
ints[0] = 0xFFFFFFFF
print(data[:4])
ints[1:3] = memoryview(bytearray(8)).cast("I")
print(data[4:12])
back = ints.cast("B")
print(back.format, len(back), back[:4].tolist())

f = memoryview(bytearray(8)).cast("d")
f[0] = 2.5
print(f[0], f.tolist())
signed = memoryview(bytearray(b"\xff\xff")).cast("h")
print(signed[0], signed == memoryview(bytearray(b"\xff\xff")).cast("h"))

a = array.array("d", [1.5, 2.5])
av = memoryview(a)
print(av.format, av.itemsize, av.tolist(), av.cast("B").nbytes, av == array.array("d", [1.5, 2.5]))


def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


attempt(lambda: m.cast("I").cast("h"))
attempt(lambda: memoryview(bytearray(3)).cast("h"))
attempt(lambda: m.cast("x"))
attempt(lambda: m.cast("h").__setitem__(0, 1 << 20))
attempt(lambda: m.cast("h").__setitem__(0, "a"))
attempt(lambda: m.cast("d").__setitem__(0, "a"))
attempt(lambda: m[::2].cast("h"))
