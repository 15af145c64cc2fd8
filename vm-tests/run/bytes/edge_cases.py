# Empty, reversed and extended slices of views and bytearrays; huge ints where an index is expected.
m = memoryview(b"")
print(m[::-1].tolist(), memoryview(b"abc")[5:1:-1].tolist(), memoryview(b"abc")[-10:10:-3].tobytes())
print(b"abc".hex(":", 0), b"abc".hex(":", -100), bytearray(b"abc")[::-1], b"".center(-5), b"ab".zfill(-1))
b = bytearray(b"abcdef")
b[4:1] = b"XY"; print(b)
b[::-2] = b"1234"; print(b)
del b[::-1]; print(b)
v = memoryview(bytearray(b"abcdef"))[::-2]
v[:] = b"XYZ"; print(v.obj, v[::-1].tolist())
print(b"a".split(b"a", -5), b"".rsplit(), b"a  b ".rsplit(None, 1), b"x".expandtabs(-1), b"%%%s" % b"")
for big in (10**30, -10**30):
    for f in (lambda: b"abc"[big], lambda: b"abc".find(b"a", big), lambda: bytearray(b"a").insert(big, 1), lambda: bytearray(b"a").pop(big), lambda: memoryview(b"a")[big], lambda: b"a" * big):
        try:
            print(repr(f()))
        except Exception as e:
            print(type(e).__name__, e)
