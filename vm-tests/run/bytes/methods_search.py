# find/rfind/index/rindex/count, startswith/endswith, in, on bytes and bytearray.
def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for t in (bytes, bytearray):
    s = t(b"abracadabra")
    print(t.__name__, s.find(b"bra"), s.find(b"bra", 2), s.find(b"bra", 2, 9), s.find(b"zz"), s.find(b""))
    print(s.rfind(b"bra"), s.rfind(b"a", 0, -1), s.rfind(b""), s.find(97), s.rfind(ord("c")), s.find(b"a", -3))
    print(s.index(b"cad"), s.rindex(b"a"), s.count(b"a"), s.count(b"a", 1, -1), s.count(b""), s.count(98))
    print(s.find(bytearray(b"ra")), s.find(memoryview(b"ra")), s.find(b"a", None, None), s.find(b"a", 100))
    print(s.startswith(b"abr"), s.startswith((b"x", b"ab")), s.startswith(b"bra", 1), s.endswith(b"bra"),
          s.endswith(b"cad", 0, 7), s.endswith((b"z",)), s.startswith(b""), s.endswith(b"", 20))
    print(b"cad" in s, 99 in s, 120 in s, b"" in s, bytearray(b"ab") in s, memoryview(b"ra") in s)
    attempt(lambda: s.index(b"zz"))
    attempt(lambda: s.rindex(b"zz"))
    attempt(lambda: s.find("a"))
    attempt(lambda: s.find(256))
    attempt(lambda: s.find(-1))
    attempt(lambda: s.count(1.5))
    attempt(lambda: s.find())
    attempt(lambda: s.find(b"a", "x"))
    attempt(lambda: s.startswith("a"))
    attempt(lambda: s.startswith(["a"]))
    attempt(lambda: s.endswith((b"a", 1)))
    attempt(lambda: s.startswith(97))
    attempt(lambda: "a" in s)
    attempt(lambda: 300 in s)
    attempt(lambda: s.index(b"a", 1, 2, 3))
    attempt(lambda: s.count(b"a", start=1))
