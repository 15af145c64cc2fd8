# minivm's compiler helper: a CPython 3.12 child that compiles source text for minivm
# (src/interp/compiler.rs). It greets, then answers requests until its stdin closes.
# A request:  u32 size, then kind (b"s" str / b"b" bytes / b"a" marshalled ast tree),
#             i32 flags, i32 optimize, u32 filename size, u32 mode size, filename, mode, source.
# A reply:    u32 size, then b"C" + marshalled code, or b"A" + marshalled ast tree (for
#             PyCF_ONLY_AST), or b"S" + marshalled SyntaxError fields, or b"E" + marshalled
#             (exception class name, message); each followed by the warnings compile() gave,
#             as a marshalled list of (category, message, file, line).
# An ast tree: a node is (class name, ((field, value), ...)) for the fields and attributes it
#             has, a list is a list, and anything else is itself; Constant's and
#             MatchSingleton's `value` is always itself (it may be a tuple).
import _ast
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


# The fields whose value is a constant, never a node or list of nodes.
RAW = {("Constant", "value"), ("MatchSingleton", "value")}


def node_class(node):
    """The _ast class a node is an instance of (a subclass of it may be given)."""
    for cls in type(node).__mro__:
        if getattr(_ast, cls.__name__, None) is cls:
            return cls
    raise TypeError(f"expected some sort of AST node, but got {node!r}")


def to_tree(value):
    if isinstance(value, _ast.AST):
        cls = node_class(value)
        pairs = []
        for name in cls._fields + cls._attributes:
            if hasattr(value, name):
                field = getattr(value, name)
                pairs.append((name, field if (cls.__name__, name) in RAW else to_tree(field)))
        return (cls.__name__, tuple(pairs))
    if isinstance(value, list):
        return [to_tree(item) for item in value]
    return value


def from_tree(value):
    if isinstance(value, tuple):
        name, pairs = value
        cls = getattr(_ast, name)
        node = cls.__new__(cls)
        for field, item in pairs:
            setattr(node, field, item if (name, field) in RAW else from_tree(item))
        return node
    if isinstance(value, list):
        return [from_tree(item) for item in value]
    return value


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
            if kind == b"a":
                source = from_tree(marshal.loads(source))
            code = compile(source, filename, mode, flags, dont_inherit=True, optimize=optimize)
            if isinstance(code, _ast.AST):
                head = b"A" + marshal.dumps(to_tree(code))
            else:
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
