"""In-memory text and byte streams (StringIO, BytesIO) for minivm."""

import sys

__all__ = ["StringIO", "BytesIO", "TextIOWrapper", "SEEK_SET", "SEEK_CUR", "SEEK_END"]

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2

TextIOWrapper = type(sys.stdout)


class _Buffer:
    _empty = ""

    def __init__(self, initial=None):
        self._data = self._empty if initial is None else initial
        self._pos = 0
        self.closed = False

    def _check(self):
        if self.closed:
            raise ValueError("I/O operation on closed file.")

    def getvalue(self):
        self._check()
        return self._data

    def write(self, s):
        self._check()
        if not isinstance(s, type(self._empty)):
            what = "str" if isinstance(self._empty, str) else "a bytes-like object"
            raise TypeError(f"string argument expected, got '{type(s).__name__}'" if what == "str"
                            else f"a bytes-like object is required, not '{type(s).__name__}'")
        data = self._data
        if self._pos > len(data):
            data = data + self._empty.__class__(self._fill() * (self._pos - len(data)))
        self._data = data[:self._pos] + s + data[self._pos + len(s):]
        self._pos += len(s)
        return len(s)

    def _fill(self):
        return "\0" if isinstance(self._empty, str) else b"\0"

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def read(self, size=-1):
        self._check()
        if size is None or size < 0:
            result = self._data[self._pos:]
        else:
            result = self._data[self._pos:self._pos + size]
        self._pos += len(result)
        return result

    def readline(self, size=-1):
        self._check()
        newline = "\n" if isinstance(self._empty, str) else b"\n"
        end = self._data.find(newline, self._pos)
        end = len(self._data) if end < 0 else end + 1
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        result = self._data[self._pos:end]
        self._pos = end
        return result

    def readlines(self, hint=-1):
        lines = []
        while True:
            line = self.readline()
            if not line:
                return lines
            lines.append(line)

    def seek(self, pos, whence=0):
        self._check()
        if whence == 0:
            if pos < 0:
                raise ValueError(f"Negative seek position {pos}")
            self._pos = pos
        elif whence == 1:
            self._pos = max(0, self._pos + pos)
        elif whence == 2:
            self._pos = max(0, len(self._data) + pos)
        else:
            raise ValueError(f"Invalid whence ({whence}, should be 0, 1 or 2)")
        return self._pos

    def tell(self):
        self._check()
        return self._pos

    def truncate(self, size=None):
        self._check()
        size = self._pos if size is None else size
        self._data = self._data[:size]
        return size

    def close(self):
        self.closed = True

    def flush(self):
        pass

    def readable(self):
        return True

    def writable(self):
        return True

    def seekable(self):
        return True

    def isatty(self):
        return False

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


class StringIO(_Buffer):
    """A text stream in memory."""

    _empty = ""

    def __init__(self, initial_value="", newline="\n"):
        if initial_value is not None and not isinstance(initial_value, str):
            raise TypeError(f"initial_value must be str or None, not {type(initial_value).__name__}")
        super().__init__(initial_value or "")


class BytesIO(_Buffer):
    """A byte stream in memory."""

    _empty = b""

    def __init__(self, initial_bytes=b""):
        super().__init__(bytes(initial_bytes))

    def getbuffer(self):
        return self._data
