# Every open() mode, text and binary round trips, append, 'x', r+/w+/a+.
import io

P = "/tmp/minivm-files-modes.txt"

with open(P, "w") as f:
    print(f.write("alpha\nbeta\n"), f.mode, f.name == P, f.encoding, f.errors, f.closed)
    print(f.readable(), f.writable(), f.seekable(), type(f.buffer).__name__, type(f.buffer.raw).__name__)
print(f.closed)
with open(P) as f:
    print(repr(f.read()))
with open(P, "a") as f:
    f.write("gamma\n")
    print(f.buffer.raw.mode)
with open(P, "r") as f:
    print(f.readlines())
with open(P, "rb") as f:
    data = f.read()
    print(data, type(f).__name__, f.mode, f.raw.mode)
with open(P, "wb") as f:
    print(f.write(b"\x00\x01bytes\xff"), type(f).__name__)
with open(P, "rb") as f:
    print(f.read(3), f.read(), f.read())
with open(P, "w+") as f:
    f.write("one\ntwo\n")
    f.seek(0)
    print(repr(f.readline()), f.tell())
    print(type(f.buffer).__name__, f.buffer.raw.mode)
with open(P, "r+") as f:
    print(repr(f.read(2)))
    f.seek(0)
    f.write("ONE")
with open(P) as f:
    print(repr(f.read()))
with open(P, "a+") as f:
    f.write("three\n")
    f.seek(0)
    print(f.read().splitlines())
with open(P, "rb+") as f:
    f.seek(2)
    f.write(b"X")
    f.seek(0)
    print(f.read())
with open(P, "ab") as f:
    print(f.tell(), f.write(b"!"), f.tell())
try:
    open(P, "x")
except FileExistsError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename == P)
try:
    open("/tmp", "r")
except IsADirectoryError as e:
    print(type(e).__name__, e)
for bad in ["rw", "rr", "z", "rbt", "", "+", "U"]:
    try:
        open(P, bad)
    except ValueError as e:
        print(repr(bad), e)
for kwargs in [{"encoding": "utf-8"}, {"errors": "strict"}, {"newline": ""}]:
    try:
        open(P, "rb", **kwargs)
    except ValueError as e:
        print(e)
try:
    open(P, "r", buffering=0)
except ValueError as e:
    print(e)
try:
    open(P, newline="x")
except ValueError as e:
    print(e)
with open(P, "rb", buffering=0) as f:
    print(type(f).__name__, f.read(4))
with open(P, "w") as f:
    try:
        f.read()
    except io.UnsupportedOperation as e:
        print("UnsupportedOperation", e, isinstance(e, OSError), isinstance(e, ValueError))
with open(P) as f:
    try:
        f.write("x")
    except io.UnsupportedOperation as e:
        print("UnsupportedOperation", e)
f = open(P)
f.close()
f.close()
for action in (f.read, f.readline, lambda: f.write("x"), lambda: iter(f), f.tell):
    try:
        action()
    except ValueError as e:
        print(e)
print(open is io.open)
