# bytearray's mutations: methods, item and slice assignment and deletion, += and *=.
def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


b = bytearray(b"hello")
b.append(33)
b.extend(b" wo")
b.extend([114, 108])
b.extend(bytearray(b"d"))
b.extend(x for x in b"!!")
b.extend(memoryview(b"?"))
b.insert(0, 62)
b.insert(-1, 60)
b.insert(100, 46)
b.insert(-100, 40)
print(b, len(b))
print(b.pop(), b.pop(0), b.pop(-2), b)
b.remove(ord("o"))
print(b)
c = b.copy()
c.reverse()
print(c, b, c is b)
c.clear()
print(c, len(c))
b[0] = 72
b[-1] = 0x21
print(b)
b[1:3] = b"EY"
print(b)
b[0:0] = b"<<"
print(b)
b[2:4] = b""
print(b)
b[len(b):] = [46, 46]
print(b)
b[::2] = bytes(len(b[::2]))
print(b)
b[1::3] = b"x" * len(b[1::3])
print(b)
b[5:2] = b"AB"
print(b)
del b[0]
del b[-1]
del b[::3]
print(b)
del b[2:4]
del b[10:20]
print(b)
b[:] = b"reset"
print(b)
b[1:3] = memoryview(b"EE")
b[3:] = range(65, 68)
print(b)
b += b"++"
b += bytearray(b"--")
b += memoryview(b"mv")
print(b)
b *= 2
print(b, len(b))
t = b
t *= 0
print(b, t is b)
b2 = bytearray(b"ab") * 3
print(b2, 2 * bytearray(b"x"), bytearray(b"xy") * -1, bytearray(b"a") + b"b", b"a" + bytearray(b"b"))
print(bytearray(b"abc") < bytearray(b"abd"), bytearray(b"abc") >= b"abc", b"b" > bytearray(b"a"), b"a" < b"ab")
print(bytearray(b"a") == b"a", bytearray(b"a") != b"a", bytearray() == b"", bytearray(b"x") in [b"x"])
print(bytearray(5), bytearray([1, 2, 3]), bytearray("héllo", "utf-8"), bytearray(b"q"), bytearray(range(3)))
print(bytearray("abc", encoding="ascii"), bytearray(memoryview(b"mv")), repr(bytearray(b"it's")), repr(bytearray(b'q"q')))
print(repr(bytearray(b"'\"")), repr(bytearray(b"\\\x00\x7f\n")), bytearray(b"abc").__alloc__() >= 4)
attempt(lambda: bytearray(b"abc").pop(3))
attempt(lambda: bytearray().pop())
attempt(lambda: bytearray(b"abc").remove(120))
attempt(lambda: bytearray(b"abc").remove(300))
attempt(lambda: bytearray(b"abc").append(256))
attempt(lambda: bytearray(b"abc").append(-1))
attempt(lambda: bytearray(b"abc").append("a"))
attempt(lambda: bytearray(b"abc").append(b"a"))
attempt(lambda: bytearray(b"abc").extend([1, 300]))
attempt(lambda: bytearray(b"abc").extend(["a"]))
attempt(lambda: bytearray(b"abc").extend("abc"))
attempt(lambda: bytearray(b"abc").extend(5))
attempt(lambda: bytearray(b"abc").insert(0, 300))
attempt(lambda: bytearray(b"abc").insert("0", 1))
attempt(lambda: bytearray(b"abc").insert(0))
x = bytearray(b"abcdef")
attempt(lambda: x.__setitem__(10, 1))
attempt(lambda: x.__setitem__(0, 256))
attempt(lambda: x.__setitem__(0, b"a"))
attempt(lambda: x.__setitem__("a", 1))
attempt(lambda: x.__setitem__(slice(None, None, 2), b"ab"))
attempt(lambda: x.__setitem__(slice(None, None, -1), b"ab"))
attempt(lambda: x.__setitem__(slice(0, 2), 5))
attempt(lambda: x.__setitem__(slice(0, 2), "ab"))
attempt(lambda: x.__setitem__(slice(0, 2), [1, 256]))
attempt(lambda: x.__setitem__(slice(0, 2, 0), b""))
attempt(lambda: x.__delitem__(6))
attempt(lambda: x.__delitem__("a"))
attempt(lambda: x.__getitem__(6))
attempt(lambda: x.__getitem__(1.0))
attempt(lambda: hash(x))
attempt(lambda: x + "s")
attempt(lambda: x + 1)
attempt(lambda: x * "a")
attempt(lambda: bytearray(-1))
attempt(lambda: bytearray(1.5))
attempt(lambda: bytearray("abc"))
attempt(lambda: bytearray(b"abc", "ascii"))
attempt(lambda: bytearray([300]))
attempt(lambda: bytearray(["a"]))
attempt(lambda: bytearray("é", "ascii"))
attempt(lambda: bytearray(x=1))
print(x)
