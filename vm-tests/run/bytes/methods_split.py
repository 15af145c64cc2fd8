# split/rsplit/splitlines/partition/strip/replace/join/removeprefix on bytes and bytearray.
def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for t in (bytes, bytearray):
    s = t(b"  a b\t\tc\nd  ")
    print(t.__name__, s.split(), s.split(None, 1), s.rsplit(None, 1), s.split(maxsplit=2), s.rsplit(maxsplit=0))
    c = t(b"a,b,,c,")
    print(c.split(b","), c.split(b",", 1), c.rsplit(b",", 2), c.split(sep=b",", maxsplit=-1), c.rsplit(b",,"))
    print(t(b"").split(), t(b"").split(b","), t(b"   ").split(), t(b"x").rsplit(b"x"))
    print(t(b"a\nb\r\nc\rd\n\n").splitlines(), t(b"a\nb\r\nc\rd\n").splitlines(True),
          t(b"x\x0by").splitlines(), t(b"").splitlines(), t(b"a\n").splitlines(keepends=True))
    print(c.partition(b","), c.rpartition(b","), c.partition(b"z"), c.rpartition(b"z"))
    print(s.strip(), s.lstrip(), s.rstrip(), t(b"xxhixx").strip(b"x"), t(b"abcba").strip(b"ab"),
          t(b"xyhi").lstrip(bytearray(b"yx")), t(b"hi!!").rstrip(b"!"), s.strip(None))
    print(t(b"aaa").replace(b"a", b"bb"), t(b"aaa").replace(b"a", b"b", 2), t(b"ab").replace(b"", b"-"),
          t(b"abc").replace(b"b", b""), t(b"aaa").replace(b"a", b"c", -1), t(b"aaa").replace(b"a", b"c", 0))
    print(t(b", ").join([b"a", bytearray(b"b"), memoryview(b"c")]), t(b"").join([]), t(b"-").join(t(b"xy")[i:i+1] for i in range(2)))
    print(t(b"prefix-x").removeprefix(b"prefix-"), t(b"x.py").removesuffix(b".py"), t(b"ab").removeprefix(b"z"),
          t(b"ab").removesuffix(b""))
    attempt(lambda: c.split(b""))
    attempt(lambda: c.split(","))
    attempt(lambda: c.split(b",", "1"))
    attempt(lambda: c.split(x=1))
    attempt(lambda: c.partition(b""))
    attempt(lambda: c.partition(","))
    attempt(lambda: c.strip("a"))
    attempt(lambda: c.replace("a", b""))
    attempt(lambda: c.replace(b"a", b"", "x"))
    attempt(lambda: t(b",").join([b"a", "b"]))
    attempt(lambda: t(b",").join([b"a", 3]))
    attempt(lambda: t(b",").join(5))
    attempt(lambda: c.removeprefix("a"))
    attempt(lambda: c.splitlines(1, 2))
    attempt(lambda: c.rsplit(b",", 1, 2))
