# bytes % args and bytearray % args.
def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


class B:
    def __bytes__(self):
        return b"<B>"


print(b"%d %s %r %x %5.2f %c %b" % (42, b"str", "r", 255, 3.14159, 65, bytearray(b"ba")))
print(b"%a|%r|%5s|%-5s|%.2s|%c|%c" % ("é", b"x", b"ab", b"cd", b"efgh", b"z", 10))
print(b"%05d %+d % d %o %#o %#x %X %e %g %i %u %%" % (7, 3, 4, 8, 8, 255, 255, 1234.5, 0.0001, 3, 5))
print(b"%(a)s-%(b)d" % {b"a": b"A", b"b": 2}, b"%s" % B(), b"%s" % memoryview(b"mv"), b"%*d|%-*d|%.*f" % (4, 1, 4, 2, 1, 2.25))
print(bytearray(b"%s=%d") % (b"k", 1), b"no args" % (), b"%s" % b"single", b"\xff%s" % b"\xfe")
attempt(lambda: b"%s" % "str")
attempt(lambda: b"%s" % 1)
attempt(lambda: b"%b" % [1])
attempt(lambda: b"%c" % 256)
attempt(lambda: b"%c" % b"ab")
attempt(lambda: b"%c" % "a")
attempt(lambda: b"%d" % "1")
attempt(lambda: b"%x" % 1.5)
attempt(lambda: b"%f" % "x")
attempt(lambda: b"%s %s" % (b"a",))
attempt(lambda: b"%s" % (b"a", b"b"))
attempt(lambda: b"%y" % 1)
attempt(lambda: b"%(a)s" % (1,))
attempt(lambda: b"%(a" % {b"a": 1})
attempt(lambda: b"%" % ())
attempt(lambda: b"%(x)s" % {b"a": 1})
