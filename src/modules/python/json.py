"""JSON encoding and decoding for minivm, with CPython's formatting and error messages."""

__all__ = ["dump", "dumps", "load", "loads", "JSONDecodeError", "JSONDecoder", "JSONEncoder"]


class JSONDecodeError(ValueError):
    """A document that is not valid JSON: the message, the document and the position."""

    def __init__(self, msg, doc, pos):
        lineno = doc.count("\n", 0, pos) + 1
        colno = pos - doc.rfind("\n", 0, pos)
        ValueError.__init__(self, f"{msg}: line {lineno} column {colno} (char {pos})")
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno


_ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}


def _encode_str(s, ensure_ascii):
    out = ['"']
    for ch in s:
        esc = _ESCAPES.get(ch)
        if esc is not None:
            out.append(esc)
            continue
        code = ord(ch)
        if code < 0x20 or (ensure_ascii and code > 0x7E):
            if code > 0xFFFF:
                code -= 0x10000
                out.append("\\u%04x\\u%04x" % (0xD800 | (code >> 10), 0xDC00 | (code & 0x3FF)))
            else:
                out.append("\\u%04x" % code)
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def _float_text(f, allow_nan):
    if f != f:
        text = "NaN"
    elif f == float("inf"):
        text = "Infinity"
    elif f == -float("inf"):
        text = "-Infinity"
    else:
        return float.__repr__(f)
    if not allow_nan:
        raise ValueError("Out of range float values are not JSON compliant: " + repr(f))
    return text


class JSONEncoder:
    item_separator = ", "
    key_separator = ": "

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
                 sort_keys=False, indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        if isinstance(indent, int):
            indent = " " * indent
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ","
        if default is not None:
            self.default = default

    def default(self, o):
        raise TypeError(f"Object of type {o.__class__.__name__} is not JSON serializable")

    def encode(self, o):
        chunks = []
        self._encode(o, chunks, 0, {})
        return "".join(chunks)

    def iterencode(self, o):
        return iter([self.encode(o)])

    def _key(self, key):
        if isinstance(key, str):
            return key
        if isinstance(key, bool) or key is None:
            return {True: "true", False: "false", None: "null"}[key]
        if isinstance(key, float):
            return _float_text(key, self.allow_nan)
        if isinstance(key, int):
            return int.__repr__(key)
        if self.skipkeys:
            return None
        raise TypeError(f"keys must be str, int, float, bool or None, not {key.__class__.__name__}")

    def _encode(self, o, out, level, markers):
        if isinstance(o, str):
            out.append(_encode_str(o, self.ensure_ascii))
        elif o is None:
            out.append("null")
        elif o is True:
            out.append("true")
        elif o is False:
            out.append("false")
        elif isinstance(o, int):
            out.append(int.__repr__(o))
        elif isinstance(o, float):
            out.append(_float_text(o, self.allow_nan))
        elif isinstance(o, (list, tuple)):
            self._container(o, out, level, markers, "[", "]", self._items_of_list)
        elif isinstance(o, dict):
            self._container(o, out, level, markers, "{", "}", self._items_of_dict)
        else:
            if self.check_circular:
                if id(o) in markers:
                    raise ValueError("Circular reference detected")
                markers[id(o)] = o
            self._encode(self.default(o), out, level, markers)
            if self.check_circular:
                del markers[id(o)]

    def _items_of_list(self, o, out, level, markers):
        for item in o:
            yield lambda item=item: self._encode(item, out, level, markers)

    def _items_of_dict(self, o, out, level, markers):
        items = list(o.items())
        if self.sort_keys:
            items.sort(key=lambda kv: kv[0])
        for key, value in items:
            key = self._key(key)
            if key is None:
                continue

            def emit(key=key, value=value):
                out.append(_encode_str(key, self.ensure_ascii))
                out.append(self.key_separator)
                self._encode(value, out, level, markers)
            yield emit

    def _container(self, o, out, level, markers, open_, close, items):
        if not o:
            out.append(open_ + close)
            return
        if self.check_circular:
            if id(o) in markers:
                raise ValueError("Circular reference detected")
            markers[id(o)] = o
        out.append(open_)
        inner = level + 1
        if self.indent is not None:
            newline = "\n" + self.indent * inner
            separator = self.item_separator + newline
            out.append(newline)
        else:
            separator = self.item_separator
        first = True
        for emit in items(o, out, inner, markers):
            if not first:
                out.append(separator)
            first = False
            emit()
        if self.indent is not None:
            out.append("\n" + self.indent * level)
        out.append(close)
        if self.check_circular:
            del markers[id(o)]


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True, cls=None,
          indent=None, separators=None, default=None, sort_keys=False, **kw):
    """The JSON text of obj."""
    cls = JSONEncoder if cls is None else cls
    return cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii, check_circular=check_circular,
               allow_nan=allow_nan, indent=indent, separators=separators, default=default,
               sort_keys=sort_keys, **kw).encode(obj)


def dump(obj, fp, **kw):
    fp.write(dumps(obj, **kw))


_WS = " \t\n\r"
_NUMBER_START = "-0123456789"
_UNESCAPE = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}


class JSONDecoder:
    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None, parse_constant=None,
                 strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook

    def decode(self, s):
        value, end = self.raw_decode(s, self._skip(s, 0))
        end = self._skip(s, end)
        if end != len(s):
            raise JSONDecodeError("Extra data", s, end)
        return value

    def raw_decode(self, s, idx=0):
        return self._value(s, idx)

    @staticmethod
    def _skip(s, i):
        n = len(s)
        while i < n and s[i] in _WS:
            i += 1
        return i

    def _value(self, s, i):
        if i >= len(s):
            raise JSONDecodeError("Expecting value", s, i)
        ch = s[i]
        if ch == '"':
            return self._string(s, i + 1)
        if ch == "{":
            return self._object(s, i + 1)
        if ch == "[":
            return self._array(s, i + 1)
        if ch == "n" and s.startswith("null", i):
            return None, i + 4
        if ch == "t" and s.startswith("true", i):
            return True, i + 4
        if ch == "f" and s.startswith("false", i):
            return False, i + 5
        for name, value in (("NaN", float("nan")), ("Infinity", float("inf")), ("-Infinity", float("-inf"))):
            if s.startswith(name, i):
                if self.parse_constant is not None:
                    value = self.parse_constant(name)
                return value, i + len(name)
        if ch in _NUMBER_START:
            return self._number(s, i)
        raise JSONDecodeError("Expecting value", s, i)

    def _number(self, s, i):
        start = i
        n = len(s)
        if s[i] == "-":
            i += 1
        if i >= n or not s[i].isdigit():
            raise JSONDecodeError("Expecting value", s, start)
        if s[i] == "0":
            i += 1
        else:
            while i < n and "0" <= s[i] <= "9":
                i += 1
        is_float = False
        if i + 1 < n and s[i] == "." and "0" <= s[i + 1] <= "9":
            is_float = True
            i += 2
            while i < n and "0" <= s[i] <= "9":
                i += 1
        if i < n and s[i] in "eE":
            j = i + 1
            if j < n and s[j] in "+-":
                j += 1
            if j < n and "0" <= s[j] <= "9":
                is_float = True
                i = j
                while i < n and "0" <= s[i] <= "9":
                    i += 1
        text = s[start:i]
        return (self.parse_float(text) if is_float else self.parse_int(text)), i

    def _string(self, s, i):
        begin = i - 1
        chunks = []
        n = len(s)
        while True:
            j = i
            while j < n and s[j] != '"' and s[j] != "\\" and (s[j] >= " " or not self.strict):
                j += 1
            chunks.append(s[i:j])
            if j >= n:
                raise JSONDecodeError("Unterminated string starting at", s, begin)
            ch = s[j]
            if ch == '"':
                return "".join(chunks), j + 1
            if ch != "\\":
                raise JSONDecodeError("Invalid control character at", s, j)
            if j + 1 >= n:
                raise JSONDecodeError("Unterminated string starting at", s, begin)
            esc = s[j + 1]
            if esc == "u":
                code = self._hex4(s, j)
                i = j + 6
                if 0xD800 <= code <= 0xDBFF and s[i:i + 2] == "\\u":
                    low = self._hex4(s, i)
                    if 0xDC00 <= low <= 0xDFFF:
                        code = 0x10000 + (((code - 0xD800) << 10) | (low - 0xDC00))
                        i += 6
                chunks.append(chr(code))
            else:
                if esc not in _UNESCAPE:
                    raise JSONDecodeError("Invalid \\escape", s, j)
                chunks.append(_UNESCAPE[esc])
                i = j + 2

    @staticmethod
    def _hex4(s, j):
        digits = s[j + 2:j + 6]
        if len(digits) == 4 and all(c in "0123456789abcdefABCDEF" for c in digits):
            return int(digits, 16)
        raise JSONDecodeError("Invalid \\uXXXX escape", s, j)

    def _object(self, s, i):
        pairs = []
        i = self._skip(s, i)
        if i < len(s) and s[i] == "}":
            return self._finish_object(pairs), i + 1
        while True:
            if i >= len(s) or s[i] != '"':
                raise JSONDecodeError("Expecting property name enclosed in double quotes", s, i)
            key, i = self._string(s, i + 1)
            i = self._skip(s, i)
            if i >= len(s) or s[i] != ":":
                raise JSONDecodeError("Expecting ':' delimiter", s, i)
            i = self._skip(s, i + 1)
            value, i = self._value(s, i)
            pairs.append((key, value))
            i = self._skip(s, i)
            if i < len(s) and s[i] == "}":
                return self._finish_object(pairs), i + 1
            if i >= len(s) or s[i] != ",":
                raise JSONDecodeError("Expecting ',' delimiter", s, i)
            i = self._skip(s, i + 1)

    def _finish_object(self, pairs):
        if self.object_pairs_hook is not None:
            return self.object_pairs_hook(pairs)
        result = dict(pairs)
        if self.object_hook is not None:
            return self.object_hook(result)
        return result

    def _array(self, s, i):
        values = []
        i = self._skip(s, i)
        if i < len(s) and s[i] == "]":
            return values, i + 1
        while True:
            value, i = self._value(s, i)
            values.append(value)
            i = self._skip(s, i)
            if i < len(s) and s[i] == "]":
                return values, i + 1
            if i >= len(s) or s[i] != ",":
                raise JSONDecodeError("Expecting ',' delimiter", s, i)
            i = self._skip(s, i + 1)


def loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None, parse_constant=None,
          object_pairs_hook=None, **kw):
    """The Python value of a JSON document."""
    if isinstance(s, (bytes, bytearray)):
        s = s.decode("utf-8")
    if not isinstance(s, str):
        raise TypeError(f"the JSON object must be str, bytes or bytearray, not {s.__class__.__name__}")
    cls = JSONDecoder if cls is None else cls
    return cls(object_hook=object_hook, parse_float=parse_float, parse_int=parse_int,
               parse_constant=parse_constant, object_pairs_hook=object_pairs_hook, **kw).decode(s)


def load(fp, **kw):
    return loads(fp.read(), **kw)
