# Subclasses of bytes and bytearray, and bytes-likes (memoryview) where builtins take bytes.
import io
import struct


class B(bytes):
    pass


class BA(bytearray):
    pass


m = memoryview(b"\x01\x00\x02\x00")
print(struct.unpack("<hh", m), struct.unpack_from("<h", m, 2), int.from_bytes(m[:2], "little"))
f = io.BytesIO()
f.write(memoryview(b"abc")[1:])
print(f.getvalue())
b = B(b"xyz")
print(b, type(b).__name__, b.upper(), b[1:], b.find(b"y"), b + b"!", memoryview(b).tobytes(), len(b), b"%s" % b)
x = BA(b"abc")
x.append(100)
x[0] = 65
print(x.hex(), x.split(b"b"), bytes(x))
x += b"ef"
print(type(x).__name__, bytes(x))
x *= 2
print(type(x).__name__, bytes(x), x == bytearray(b"AbcdefAbcdef"), len(x))
del x[0]
x[0:2] = b"__"
x.extend(b"!")
print(bytes(x), x.pop(), bytearray(x))
v = memoryview(x)
try:
    x.append(1)
except BufferError as e:
    print(type(e).__name__, e)
print(v.obj is x, v[0])
v.release()
x.append(1)
print(len(x))
