"""The classes of minivm's native `posix` module (src/modules/posix.rs), written in Python.

This code runs in the posix module's namespace after its native functions are in place:
`_stat`, `_scandir`, `_uname` and `_terminal_size` return plain tuples, and the classes
below give them CPython's shapes (`os.stat_result`, `os.DirEntry`, ...).
"""


def _structseq(name, module, fields, visible):
    """A tuple subclass like CPython's struct sequences: the first `visible` fields are the
    items, and every field is an attribute."""

    def __new__(cls, sequence, dict=None):
        items = tuple(sequence)
        if len(items) < visible:
            raise TypeError(f"{module}.{name}() takes an at least {visible}-sequence ({len(items)}-sequence given)")
        if len(items) > len(fields):
            raise TypeError(f"{module}.{name}() takes an at most {len(fields)}-sequence ({len(items)}-sequence given)")
        self = tuple.__new__(cls, items[:visible])
        for i, field in enumerate(fields):
            value = items[i] if i < len(items) else (dict or {}).get(field)
            object.__setattr__(self, field, value)
        return self

    def __repr__(self):
        parts = ", ".join(f"{f}={v!r}" for f, v in zip(fields, self))
        return f"{module}.{name}({parts})"

    def __reduce__(self):
        extra = {f: getattr(self, f) for f in fields[visible:]}
        return (type(self), (tuple(self), extra))

    def __setattr__(self, attr, value):
        raise AttributeError("readonly attribute")

    namespace = {
        "__new__": __new__,
        "__repr__": __repr__,
        "__reduce__": __reduce__,
        "__setattr__": __setattr__,
        "__module__": module,
        "__qualname__": name,
        "n_sequence_fields": visible,
        "n_fields": len(fields),
        "n_unnamed_fields": 0,
        "__match_args__": tuple(fields[:visible]),
    }
    return type(name, (tuple,), namespace)


_STAT_FIELDS = (
    "st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size",
    "_st_atime_int", "_st_mtime_int", "_st_ctime_int",
    "st_atime", "st_mtime", "st_ctime", "st_atime_ns", "st_mtime_ns", "st_ctime_ns",
    "st_blksize", "st_blocks", "st_rdev",
)

stat_result = _structseq("stat_result", "os", _STAT_FIELDS, 10)


def _stat_repr(self):
    # CPython names the three integer times st_atime, st_mtime and st_ctime in the repr.
    names = _STAT_FIELDS[:7] + ("st_atime", "st_mtime", "st_ctime")
    parts = ", ".join(f"{f}={v!r}" for f, v in zip(names, self))
    return f"os.stat_result({parts})"


stat_result.__repr__ = _stat_repr
terminal_size = _structseq("terminal_size", "os", ("columns", "lines"), 2)
uname_result = _structseq("uname_result", "posix", ("sysname", "nodename", "release", "version", "machine"), 5)


def _make_stat(raw):
    mode, ino, dev, nlink, uid, gid, size, atime_ns, mtime_ns, ctime_ns, blksize, blocks, rdev = raw
    return stat_result((
        mode, ino, dev, nlink, uid, gid, size,
        atime_ns // 1_000_000_000, mtime_ns // 1_000_000_000, ctime_ns // 1_000_000_000,
        atime_ns / 1e9, mtime_ns / 1e9, ctime_ns / 1e9, atime_ns, mtime_ns, ctime_ns,
        blksize, blocks, rdev,
    ))


def stat(path, *, dir_fd=None, follow_symlinks=True):
    if dir_fd is not None:
        raise NotImplementedError("dir_fd unavailable on this platform")
    return _make_stat(_stat(path, follow_symlinks))


def lstat(path, *, dir_fd=None):
    return stat(path, dir_fd=dir_fd, follow_symlinks=False)


def fstat(fd):
    if not isinstance(fd, int):
        raise TypeError(f"'{type(fd).__name__}' object cannot be interpreted as an integer")
    return _make_stat(_stat(fd, True))


def uname():
    return uname_result(_uname())


def get_terminal_size(fd=1, /):
    return terminal_size(_terminal_size(fd))


_S_IFMT = 0o170000
_S_IFDIR = 0o040000
_S_IFREG = 0o100000
_S_IFLNK = 0o120000


class DirEntry:
    """An entry of a directory that `scandir` yields."""

    __slots__ = ("name", "path", "_kind", "_inode", "_stat", "_lstat")

    def __init__(self, *args, **kwargs):
        raise TypeError("cannot create 'posix.DirEntry' instances")

    def __repr__(self):
        return f"<DirEntry {self.name!r}>"

    def __fspath__(self):
        return self.path

    def inode(self):
        return self._inode

    def stat(self, *, follow_symlinks=True):
        if follow_symlinks:
            if self._stat is None:
                if self.is_symlink():
                    self._stat = stat(self.path)
                else:
                    self._stat = self.stat(follow_symlinks=False)
            return self._stat
        if self._lstat is None:
            self._lstat = lstat(self.path)
        return self._lstat

    def _test_mode(self, kind, bits, follow_symlinks):
        if self._kind == "?" or (follow_symlinks and self._kind == "l"):
            try:
                st = self.stat(follow_symlinks=follow_symlinks)
            except FileNotFoundError:
                return False
            return st.st_mode & _S_IFMT == bits
        return self._kind == kind

    def is_dir(self, *, follow_symlinks=True):
        return self._test_mode("d", _S_IFDIR, follow_symlinks)

    def is_file(self, *, follow_symlinks=True):
        return self._test_mode("f", _S_IFREG, follow_symlinks)

    def is_symlink(self):
        if self._kind == "?":
            return self._test_mode("l", _S_IFLNK, False)
        return self._kind == "l"

    def is_junction(self):
        return False

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


DirEntry.__module__ = "posix"


def _entry(parent, name, kind, inode):
    entry = object.__new__(DirEntry)
    object.__setattr__(entry, "name", name)
    if isinstance(parent, bytes):
        sep = b"/"
    else:
        sep = "/"
    object.__setattr__(entry, "path", parent + name if parent.endswith(sep) else parent + sep + name)
    object.__setattr__(entry, "_kind", kind)
    object.__setattr__(entry, "_inode", inode)
    object.__setattr__(entry, "_stat", None)
    object.__setattr__(entry, "_lstat", None)
    return entry


class ScandirIterator:
    """What `scandir` returns: an iterator of `DirEntry` that is also a context manager."""

    def __init__(self, path):
        raise TypeError("cannot create 'posix.ScandirIterator' instances")

    def __iter__(self):
        return self

    def __next__(self):
        if self._index >= len(self._entries):
            raise StopIteration
        name, kind, inode = self._entries[self._index]
        self._index += 1
        return _entry(self._parent, name, kind, inode)

    def close(self):
        self._index = len(self._entries)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
        return False


ScandirIterator.__module__ = "posix"


def scandir(path="."):
    if path is None:
        path = "."
    entries, as_bytes = _scandir(path)
    it = object.__new__(ScandirIterator)
    parent = fspath(path)
    it._parent = parent
    it._entries = entries
    it._index = 0
    return it


del _structseq
