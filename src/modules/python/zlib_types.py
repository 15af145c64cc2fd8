"""The stream classes of minivm's native `zlib` module (src/modules/zlib.rs), in Python.

This code runs in the zlib module's namespace after its native functions are in place: the
compressing and decompressing are `_compress`, `_flush` and `_decompress` on an opaque state.
"""


class Compress:
    """What `compressobj()` returns: compresses data a piece at a time."""

    def __init__(self, state):
        self._state = state

    def compress(self, data, /):
        return _compress(self._state, data)

    def flush(self, mode=Z_FINISH, /):
        return _flush(self._state, mode)


Compress.__module__ = "zlib"


class Decompress:
    """What `decompressobj()` returns: decompresses a stream a piece at a time; input left
    over by `max_length` is `unconsumed_tail`, data after the stream's end `unused_data`."""

    def __init__(self, state):
        self._state = state
        self.unused_data = b""
        self.unconsumed_tail = b""
        self.eof = False

    def decompress(self, data, /, max_length=0):
        if max_length < 0:
            raise ValueError("max_length must be non-negative")
        out, rest, eof = _decompress(self._state, data, max_length)
        # As CPython's: at the end of the stream, what follows is both unused_data and
        # unconsumed_tail.
        if eof and not self.eof:
            self.unused_data += rest
        self.unconsumed_tail = rest
        self.eof = eof
        return out

    def flush(self, length=DEF_BUF_SIZE, /):
        if length <= 0:
            raise ValueError("length must be greater than zero")
        tail = self.unconsumed_tail
        out, rest, eof = _decompress(self._state, tail, 0)
        if eof and not self.eof:
            self.unused_data += rest
        self.unconsumed_tail = b""
        self.eof = eof
        return out


Decompress.__module__ = "zlib"


def compressobj(level=Z_DEFAULT_COMPRESSION, method=DEFLATED, wbits=MAX_WBITS,
                memLevel=DEF_MEM_LEVEL, strategy=Z_DEFAULT_STRATEGY, zdict=None):
    """A compressor for data too large to hold at once."""
    return Compress(_compressobj(level, method, wbits, memLevel, strategy, zdict))


def decompressobj(wbits=MAX_WBITS, zdict=b""):
    """A decompressor for data too large to hold at once."""
    return Decompress(_decompressobj(wbits, zdict or None))


class _ZlibDecompressor:
    """The one-stream decompressor CPython's gzip reads with: it keeps the input it has not
    used yet itself, and says through `needs_input` when it wants more."""

    def __init__(self, wbits=MAX_WBITS, zdict=b""):
        self._state = _decompressobj(wbits, zdict or None)
        self._buffer = b""
        self.eof = False
        self.unused_data = b""
        self.needs_input = True

    def decompress(self, data, max_length=-1):
        if self.eof:
            raise EOFError("End of stream already reached")
        data = self._buffer + bytes(data)
        if max_length == 0:
            self._buffer = data
            self.needs_input = not data
            return b""
        out, rest, eof = _decompress(self._state, data, max_length if max_length > 0 else 0)
        if eof:
            self.eof = True
            self.unused_data = rest
            self._buffer = b""
            self.needs_input = False
        else:
            self._buffer = rest
            self.needs_input = not rest
        return out


_ZlibDecompressor.__module__ = "zlib"
