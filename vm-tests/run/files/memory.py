# StringIO and BytesIO, and Python subclasses of them.
import io

s = io.StringIO("line1\nline2\nline3")
print(s.readline(), end="")
print(s.tell(), list(s), s.read(), s.tell())
s.seek(0)
print(s.read(4), s.readlines())
s = io.StringIO()
print(s.write("hello"), s.write(" world"), s.getvalue())
s.seek(6)
s.write("W")
print(s.getvalue(), s.tell())
s.seek(20)
s.write("!")
print(repr(s.getvalue()))
print(s.truncate(5), repr(s.getvalue()), s.tell())
for args in ((-1,), (1, 1), (0, 5)):
    try:
        s.seek(*args)
    except (ValueError, OSError) as e:
        print(type(e).__name__, e)
try:
    s.write(b"x")
except TypeError as e:
    print(e)
try:
    io.StringIO(b"x")
except TypeError as e:
    print(e)
print(io.StringIO("a\r\nb\rc", newline=None).read().split("\n"))
print(list(io.StringIO("a\r\nb\rc\nd", newline="")))
s.close()
print(s.closed)
try:
    s.getvalue()
except ValueError as e:
    print(e)

b = io.BytesIO(b"ab\ncd\n")
print(b.readline(), b.tell(), list(b), b.read())
b.seek(0, 2)
b.write(b"ef")
print(b.getvalue(), b.seek(-3, 2), b.read(), b.seek(10), b.write(b"Z"), b.getvalue())
try:
    b.write("str")
except TypeError as e:
    print(e)
try:
    b.seek(-1)
except ValueError as e:
    print(e)
buf = bytearray(3)
b.seek(0)
print(b.readinto(buf), buf)
with io.BytesIO(b"x") as b2:
    print(b2.read())
print(b2.closed)


class Upper(io.StringIO):
    def write(self, s):
        return super().write(s.upper())


u = Upper()
print("hi there", file=u)
u.write("more\n")
print(repr(u.getvalue()), isinstance(u, io.StringIO), isinstance(u, io.TextIOBase), isinstance(u, io.IOBase))


class Named(io.BytesIO):
    def __init__(self, name, data):
        super().__init__(data)
        self.name = name


n = Named("n", b"data")
print(n.name, n.read(), type(n).__mro__[1].__name__)
print(io.FileIO.__mro__[1].__name__, io.TextIOWrapper.__mro__[1].__name__, io.BufferedRandom.__mro__[1].__name__)
print(io.DEFAULT_BUFFER_SIZE, io.SEEK_SET, io.SEEK_CUR, io.SEEK_END, io.text_encoding(None), io.text_encoding("ascii"))
print(io.UnsupportedOperation.__mro__[1:3])
w = io.TextIOWrapper(io.BytesIO(b"caf\xc3\xa9\nx\n"), encoding="utf-8")
print(w.readline(), w.read(), w.encoding)
