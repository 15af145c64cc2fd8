"""The `array` class of minivm's native `array` module (src/modules/array.rs), in Python.

This code runs in the array module's namespace after its native primitives are in place:
the elements live in a native byte vector (`self._a`) that `_get`, `_set`, `_pack`,
`_tolist`, `_replace` and friends work on; the buffer layer finds it there too.
"""


_list = list


def _check(other):
    return isinstance(other, array)


class array:
    """array(typecode [, initializer]) -> array

    Return a new array whose items are restricted by typecode, and
    initialized from the optional initializer value, which must be a list,
    string, bytes-like object or iterable over elements of the appropriate type."""

    def __hash__(self):
        # CPython names the type by its full name here.
        raise TypeError("unhashable type: 'array.array'")

    def __new__(cls, *args, **kwargs):
        if cls is array and kwargs:
            raise TypeError("array.array() takes no keyword arguments")
        if not args:
            raise TypeError("array() takes at least 1 argument (0 given)")
        if len(args) > 2:
            raise TypeError(f"array() takes at most 2 arguments ({len(args)} given)")
        self = object.__new__(cls)
        self._a = _new(args[0])
        if len(args) == 2:
            init = args[1]
            code = _typecode(self._a)
            if isinstance(init, str):
                if code != "u":
                    raise TypeError(
                        f"cannot use a str to initialize an array with typecode '{code}'")
                self.fromunicode(init)
            elif isinstance(init, array) and init.typecode == "u" and code != "u":
                raise TypeError(
                    f"cannot use a unicode array to initialize an array with typecode '{code}'")
            elif isinstance(init, (bytes, bytearray)):
                self.frombytes(init)
            elif isinstance(init, array):
                _append_bytes(self._a, _pack(self._a, init.tolist()))
            elif isinstance(init, (list, tuple)):
                _append_bytes(self._a, _pack(self._a, init))
            else:
                self.extend(init)
        return self

    @property
    def typecode(self):
        return _typecode(self._a)

    @property
    def itemsize(self):
        return _itemsize(self._a)

    def __len__(self):
        return _len(self._a)

    def __iter__(self):
        return arrayiterator(self)

    def __contains__(self, value):
        for item in self:
            if item is value or item == value:
                return True
        return False

    def __getitem__(self, index):
        if isinstance(index, slice):
            items = _tolist(self._a)[index]
            out = array(self.typecode)
            _append_bytes(out._a, _pack(out._a, items))
            return out
        return _get(self._a, index)

    def __setitem__(self, index, value):
        if not isinstance(index, slice):
            _set(self._a, index, value)
            return
        if not _check(value):
            raise TypeError(
                f'can only assign array (not "{type(value).__name__}") to array slice')
        if value.typecode != self.typecode:
            raise TypeError("bad argument type for built-in operation")
        items = _tolist(self._a)
        new = value.tolist()
        start, stop, step = index.indices(len(items))
        if step != 1:
            count = len(range(start, stop, step))
            if len(new) != count:
                raise ValueError(
                    f"attempt to assign array of size {len(new)} to extended slice of size {count}")
        items[index] = new
        _replace(self._a, _pack(self._a, items))

    def __delitem__(self, index):
        items = _tolist(self._a)
        if not isinstance(index, slice):
            n = len(items)
            i = index.__index__() if not isinstance(index, int) else index
            if i < 0:
                i += n
            if not 0 <= i < n:
                raise IndexError("array assignment index out of range")
            index = i
        del items[index]
        _replace(self._a, _pack(self._a, items))

    def __add__(self, other):
        if not _check(other):
            raise TypeError(
                f'can only append array (not "{type(other).__name__}") to array')
        if other.typecode != self.typecode:
            raise TypeError("bad argument type for built-in operation")
        out = array(self.typecode)
        _append_bytes(out._a, _tobytes(self._a) + _tobytes(other._a))
        return out

    def __iadd__(self, other):
        if not _check(other):
            raise TypeError(
                f'can only extend array with array (not "{type(other).__name__}")')
        self.extend(other)
        return self

    def __mul__(self, n):
        if not hasattr(type(n), "__index__"):
            return NotImplemented
        n = n.__index__()
        out = array(self.typecode)
        if n > 0:
            _append_bytes(out._a, _tobytes(self._a) * n)
        return out

    __rmul__ = __mul__

    def __imul__(self, n):
        if not hasattr(type(n), "__index__"):
            return NotImplemented
        n = n.__index__()
        _replace(self._a, _tobytes(self._a) * n if n > 0 else b"")
        return self

    def _compare(self, other, op):
        if not _check(other):
            return NotImplemented
        return op(_tolist(self._a), _tolist(other._a))

    def __eq__(self, other):
        if isinstance(other, memoryview):
            # The view's own == answers NotImplemented to a Python class: compare items here.
            return other.tolist() == _tolist(self._a)
        if _check(other) and len(self) != len(other):
            return False
        return self._compare(other, lambda a, b: a == b)

    def __ne__(self, other):
        if isinstance(other, memoryview):
            return other.tolist() != _tolist(self._a)
        if _check(other) and len(self) != len(other):
            return True
        return self._compare(other, lambda a, b: a != b)

    def __lt__(self, other):
        return self._compare(other, lambda a, b: a < b)

    def __le__(self, other):
        return self._compare(other, lambda a, b: a <= b)

    def __gt__(self, other):
        return self._compare(other, lambda a, b: a > b)

    def __ge__(self, other):
        return self._compare(other, lambda a, b: a >= b)

    def __repr__(self):
        name = type(self).__name__
        code = self.typecode
        if not len(self):
            return f"{name}('{code}')"
        if code == "u":
            return f"{name}('{code}', {self.tounicode()!r})"
        return f"{name}('{code}', {self.tolist()!r})"

    def __copy__(self):
        return array(self.typecode, self)

    def __deepcopy__(self, memo):
        return array(self.typecode, self)

    def __reduce_ex__(self, protocol):
        extra = {k: v for k, v in self.__dict__.items() if k != "_a"}
        return (type(self), (self.typecode, self.tolist()), extra or None)

    def append(self, value, /):
        _append_bytes(self._a, _pack(self._a, [value]))

    def extend(self, iterable, /):
        if _check(iterable):
            if iterable.typecode != self.typecode:
                raise TypeError("can only extend with array of same kind")
            _append_bytes(self._a, _tobytes(iterable._a))
            return
        for item in iterable:
            self.append(item)

    def insert(self, i, value, /):
        items = _tolist(self._a)
        items.insert(i, value)
        _replace(self._a, _pack(self._a, items))

    def pop(self, i=-1, /):
        items = _tolist(self._a)
        if not items:
            raise IndexError("pop from empty array")
        n = len(items)
        j = i + n if i < 0 else i
        if not 0 <= j < n:
            raise IndexError("pop index out of range")
        value = items.pop(j)
        _replace(self._a, _pack(self._a, items))
        return value

    def remove(self, value, /):
        items = _tolist(self._a)
        for k, item in enumerate(items):
            if item is value or item == value:
                del items[k]
                _replace(self._a, _pack(self._a, items))
                return
        raise ValueError("array.remove(x): x not in array")

    def index(self, value, start=0, stop=9223372036854775807, /):
        items = _tolist(self._a)
        n = len(items)
        if start < 0:
            start = max(start + n, 0)
        if stop < 0:
            stop = max(stop + n, 0)
        for k in range(start, min(stop, n)):
            if items[k] is value or items[k] == value:
                return k
        raise ValueError("array.index(x): x not in array")

    def count(self, value, /):
        return sum(1 for item in self if item is value or item == value)

    def reverse(self):
        items = _tolist(self._a)
        items.reverse()
        _replace(self._a, _pack(self._a, items))

    def buffer_info(self):
        return (id(self._a), len(self))

    def byteswap(self):
        _byteswap(self._a)

    def frombytes(self, buffer, /):
        if isinstance(buffer, str) or not isinstance(buffer, (bytes, bytearray, memoryview, array)):
            raise TypeError(
                f"a bytes-like object is required, not '{type(buffer).__name__}'")
        _append_bytes(self._a, bytes(buffer))

    def tobytes(self):
        return _tobytes(self._a)

    def fromlist(self, list, /):
        if not isinstance(list, _list):
            raise TypeError("arg must be list")
        _append_bytes(self._a, _pack(self._a, list))

    def tolist(self):
        return _tolist(self._a)

    def fromunicode(self, ustr, /):
        if not isinstance(ustr, str):
            raise TypeError(f"fromunicode() argument must be str, not {type(ustr).__name__}")
        if self.typecode != "u":
            raise ValueError("fromunicode() may only be called on unicode type arrays")
        _append_bytes(self._a, _pack(self._a, [c for c in ustr]))

    def tounicode(self):
        if self.typecode != "u":
            raise ValueError("tounicode() may only be called on unicode type arrays")
        return _tounicode(self._a)

    def fromfile(self, f, n, /):
        if n < 0:
            raise ValueError("negative count")
        size = self.itemsize
        data = f.read(n * size)
        if not isinstance(data, bytes):
            raise TypeError("read() didn't return bytes")
        whole = len(data) - len(data) % size
        self.frombytes(data[:whole])
        if len(data) != n * size:
            raise EOFError("read() didn't return enough bytes")

    def tofile(self, f, /):
        f.write(self.tobytes())


array.__module__ = "array"
ArrayType = array


class arrayiterator:
    """What iterating an array gives: its items in order, read as they are reached."""

    def __init__(self, a):
        self._array = a
        self._next = 0

    def __iter__(self):
        return self

    def __next__(self):
        a = self._array
        if a is None or self._next >= len(a):
            self._array = None
            raise StopIteration
        self._next += 1
        return a[self._next - 1]


arrayiterator.__module__ = "array"
