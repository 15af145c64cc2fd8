# minivm's compiler helper: a CPython 3.12 child that compiles source text for minivm
# (src/interp/compiler.rs). It greets, then answers requests until its stdin closes.
# A request:  u32 size, then kind (b"s" str / b"b" bytes), i32 flags, i32 optimize,
#             u32 filename size, u32 mode size, filename, mode, source.
# A reply:    u32 size, then b"C" + marshalled code, or b"S" + marshalled SyntaxError fields,
#             or b"E" + marshalled (exception class name, message); each followed by the
#             warnings compile() gave, as a marshalled list of (category, message, file, line).
import marshal
import struct
import sys
import warnings

if sys.version_info[:2] != (3, 12):
    sys.exit(3)

stdin = sys.stdin.buffer
stdout = sys.stdout.buffer


def read_exact(n):
    data = stdin.read(n)
    if data is None or len(data) < n:
        sys.exit(0)
    return data


def answer(request):
    kind = request[:1]
    flags, optimize, name_size, mode_size = struct.unpack_from("<iiII", request, 1)
    at = 17
    filename = request[at:at + name_size].decode("utf-8", "surrogatepass")
    at += name_size
    mode = request[at:at + mode_size].decode("utf-8")
    at += mode_size
    source = request[at:]
    if kind == b"s":
        source = source.decode("utf-8", "surrogatepass")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            code = compile(source, filename, mode, flags, dont_inherit=True, optimize=optimize)
            head = b"C" + marshal.dumps(code)
        except SyntaxError as e:
            fields = (type(e).__name__, e.msg, e.filename, e.lineno, e.offset, e.end_lineno,
                      e.end_offset, e.text)
            head = b"S" + marshal.dumps(fields)
        except Exception as e:
            head = b"E" + marshal.dumps((type(e).__name__, str(e)))
    shown = [(w.category.__name__, str(w.message), str(w.filename), w.lineno or 0) for w in caught]
    tail = marshal.dumps(shown)
    return struct.pack("<I", len(head)) + head + tail


stdout.write(b"minivm-compiler 1\n")
stdout.flush()
while True:
    (size,) = struct.unpack("<I", read_exact(4))
    reply = answer(read_exact(size))
    stdout.write(struct.pack("<I", len(reply)) + reply)
    stdout.flush()
