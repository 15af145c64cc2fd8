# Universal newlines, newline=, encodings and errors, seek/tell, readline/iteration, print(file=).
P = "/tmp/minivm-files-text.txt"

with open(P, "wb") as f:
    f.write(b"unix\nwindows\r\nmac\rend")
for nl in (None, "", "\n", "\r", "\r\n"):
    with open(P, newline=nl) as f:
        lines = list(f)
        print(repr(nl), lines, f.newlines)
with open(P) as f:
    print(repr(f.read()))
with open(P) as f:
    print(repr(f.readline()), f.tell(), repr(f.readline()), f.tell())
    f.seek(5)
    print(repr(f.read(4)), f.tell())
    f.seek(0, 2)
    print(f.tell(), repr(f.read()))
    print(f.seek(0), repr(f.readline(3)), repr(f.readline(100)))

for nl in (None, "", "\n", "\r", "\r\n"):
    with open(P, "w", newline=nl) as f:
        f.write("a\nb\r\nc\r")
    with open(P, "rb") as f:
        print(repr(nl), f.read())

with open(P, "w", encoding="latin-1") as f:
    f.write("café ÿ")
with open(P, "rb") as f:
    print(f.read())
with open(P, encoding="latin-1") as f:
    print(f.read(), f.encoding)
for errors in ("strict", "replace", "ignore", "backslashreplace"):
    try:
        with open(P, encoding="utf-8", errors=errors) as f:
            print(errors, repr(f.read()))
    except UnicodeDecodeError as e:
        print(errors, "UnicodeDecodeError", e)
    try:
        with open(P, "w", encoding="ascii", errors=errors) as f:
            f.write("naïve €")
        with open(P, "rb") as f:
            print(errors, f.read())
    except UnicodeEncodeError as e:
        print(errors, "UnicodeEncodeError", e)
with open(P, "wb") as f:
    f.write(b"ok\xe2\x82")
try:
    open(P, encoding="utf-8").read()
except UnicodeDecodeError as e:
    print(e)

with open(P, "w", encoding="utf-8") as f:
    f.write("héllo\nwörld\n")
with open(P, encoding="utf-8") as f:
    first = f.readline()
    pos = f.tell()
    second = f.readline()
    f.seek(pos)
    print(repr(first), pos, repr(second), f.readline() == second)
    f.seek(0)
    print(f.readlines(), f.readlines())

with open(P, "w") as f:
    print("x", 1, 2.5, sep="-", end="!\n", file=f)
    print(file=f)
    f.writelines(["a\n", "b\n"])
    print(f.truncate(), f.tell())
with open(P) as f:
    print(f.read().splitlines())
with open(P, "r+") as f:
    f.truncate(3)
    print(repr(f.read()))
try:
    open(P, encoding="klingon")
except LookupError as e:
    print(type(e).__name__, e)
