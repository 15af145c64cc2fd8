# memoryview over bytes and bytearray: items, slices sharing the buffer, attributes, casts,
# assignment, release and the exports that keep a bytearray from resizing.
def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


m = memoryview(b"abcdef")
print(len(m), m[0], m[-1], m[1:4].tobytes(), m[::2].tolist(), bytes(m[::-1]), m.tobytes(), m.hex(), m.hex(":", 2))
print(m.readonly, m.nbytes, m.itemsize, m.format, m.ndim, m.shape, m.strides, m.obj, m.suboffsets)
print(m.c_contiguous, m.f_contiguous, m.contiguous, m[::2].contiguous, m[::2].nbytes, m[::2].strides)
print(m == b"abcdef", m == bytearray(b"abcdef"), m == m[:], m[1:3] == b"bc", m != b"x", m == "abcdef", m == [97])
print(list(m[:3]), 98 in m, b"b" in m, bytearray(m[2:]), b"-".join([m[:2], m[4:]]), m[2:4].obj is m.obj)
print(hash(m) == hash(b"abcdef"), hash(m[1:3]) == hash(b"bc"), b"xy" + m[:2], bytearray(b"z") + m[:1])
print(str(m[:3], "ascii"), m[:3].decode() if hasattr(m, "decode") else "no decode", int.from_bytes(m[:2], "big"))
print(b"abcdef".find(m[2:4]), b"abc".startswith(m[:1]), m.tolist()[:2], memoryview(m).tobytes(), memoryview(m).obj is m.obj)

ba = bytearray(b"hello")
v = memoryview(ba)
v[0] = ord("j")
v[1:3] = b"EL"
v[-1:] = bytearray(b"y")
print(ba, v.readonly, v.tobytes(), v[::2].tolist())
v[::2] = b"ABC"
print(ba)
ba[1] = ord("e")
print(v.tobytes(), v[1])
c = v.cast("c")
print(c.format, c[0], c.tolist(), c.itemsize, c.nbytes)
c[0] = b"Z"
print(ba, v.cast("b").tolist(), v.cast("B").format)
s = memoryview(bytearray(b"\xff\x80\x01")).cast("b")
print(s.tolist(), s[0], s == b"\xff\x80\x01", s == memoryview(b"\xff\x80\x01").cast("b"))
s[0] = -2
print(s.tolist(), s.obj)
ro = v.toreadonly()
print(ro.readonly, ro.tobytes())
attempt(lambda: ro.__setitem__(0, 1))

# Exports keep the bytearray's size fixed until every view is released.
attempt(lambda: ba.append(1))
attempt(lambda: ba.extend(b"xy"))
attempt(lambda: ba.pop())
attempt(lambda: ba.clear())
attempt(lambda: ba.__delitem__(0))
attempt(lambda: ba.__setitem__(slice(0, 2), b"x"))
ba[0:2] = b"QQ"
print(ba)
v.release()
c.release()
ro.release()
attempt(lambda: ba.append(33))
del s
with memoryview(ba) as w:
    print(w[0], w.tobytes())
    attempt(lambda: ba.append(1))
attempt(lambda: ba.append(33))
print(ba)
attempt(lambda: w[0])
attempt(lambda: len(w))
attempt(lambda: w.tobytes())
attempt(lambda: w.nbytes)
print(w == w, w == b"hello")
w.release()

# Errors.
attempt(lambda: memoryview("abc"))
attempt(lambda: memoryview(5))
attempt(lambda: memoryview())
attempt(lambda: m[6])
attempt(lambda: m[-7])
attempt(lambda: m["a"])
attempt(lambda: m[1.5])
attempt(lambda: m.__setitem__(0, 1))
attempt(lambda: m.__delitem__(0))
attempt(lambda: hash(memoryview(bytearray(b"a"))))
x = memoryview(bytearray(b"abc"))
attempt(lambda: x.__setitem__(0, 256))
attempt(lambda: x.__setitem__(0, -1))
attempt(lambda: x.__setitem__(0, b"a"))
attempt(lambda: x.__setitem__(slice(0, 2), b"abc"))
attempt(lambda: x.__setitem__(slice(0, 2), "ab"))
attempt(lambda: x.__setitem__(3, 1))
attempt(lambda: x.cast("c").__setitem__(0, 1))
attempt(lambda: x.cast("c").__setitem__(0, b"ab"))
attempt(lambda: x.cast("b").__setitem__(0, 200))
attempt(lambda: x.cast("x"))
attempt(lambda: x.cast(1))
attempt(lambda: x[::2].cast("B"))
attempt(lambda: x < x)
attempt(lambda: x + b"a")
attempt(lambda: x.tolist(1))
x.release()
x.release()
print(repr(x).startswith("<released memory at 0x"), repr(m).startswith("<memory at 0x"))
