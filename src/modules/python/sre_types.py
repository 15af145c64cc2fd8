"""The classes of minivm's native `_sre` module (src/modules/sre.rs), written in Python.

This code runs in the _sre module's namespace after its native functions are in place:
`_code` keeps the SRE code `re._compiler` emits, `_match` and `_all` run it and return spans
as flat tuples `(lastindex, start, end, start1, end1, ...)`. The classes below give them
CPython's shapes (`re.Pattern`, `re.Match`, `_sre.SRE_Scanner`, `_sre.SRE_Template`), with
the behaviour of CPython's Modules/_sre/sre.c.
"""

_MAXSIZE = 9223372036854775807
_new = object.__new__

_FLAG_NAMES = (
    (1, "re.TEMPLATE"), (2, "re.IGNORECASE"), (4, "re.LOCALE"), (8, "re.MULTILINE"),
    (16, "re.DOTALL"), (32, "re.UNICODE"), (64, "re.VERBOSE"), (128, "re.DEBUG"),
    (256, "re.ASCII"),
)


def _clamp(pattern, string, pos, endpos):
    """`pos` and `endpos` as indexes into `string`, as sre.c's state_init bounds them."""
    if not isinstance(string, (str, bytes, bytearray, memoryview)):
        # Refused by the engine with CPython's message (or matched, for other buffers).
        _match(pattern._code, string, 0, 0, 0, 0, False)
    n = len(string)
    pos = pos.__index__()
    endpos = endpos.__index__()
    if pos < 0:
        pos = 0
    elif pos > n:
        pos = n
    if endpos < 0:
        endpos = 0
    elif endpos > n:
        endpos = n
    return pos, endpos


def _slice(string, start, end):
    """A piece of the subject: a str for str subjects, bytes for any bytes-like one."""
    if isinstance(string, str):
        return str(string[start:end])
    if type(string) is bytes:
        return string[start:end]
    return bytes(memoryview(string)[start:end])


def _empty(string):
    return "" if isinstance(string, str) else b""


def compile(pattern, flags, code, groups, groupindex, indexgroup):
    """`_sre.compile`: the Pattern for code `re._compiler` emitted."""
    self = _new(Pattern)
    self.pattern = pattern
    self.flags = flags
    self.groups = groups
    self._isbytes = pattern is not None and not isinstance(pattern, str)
    self._codelist = tuple(code)
    self._code = _code(code, self._isbytes)
    self._groupindex = dict(groupindex)
    self._indexgroup = tuple(indexgroup)
    return self


class Pattern:
    """A compiled regular expression (CPython's `re.Pattern`)."""

    __module__ = "re"
    __slots__ = ("pattern", "flags", "groups", "_isbytes", "_codelist", "_code", "_groupindex",
                 "_indexgroup", "__weakref__")

    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create 're.Pattern' instances")

    def __class_getitem__(cls, item):
        return _generic_alias(cls, item)

    @property
    def groupindex(self):
        return _mappingproxy(self._groupindex)

    def _run(self, string, pos, endpos, mode):
        pos, endpos = _clamp(self, string, pos, endpos)
        spans = _match(self._code, string, pos, endpos, self.groups, mode, False)
        if spans is None:
            return None
        return _make_match(self, string, pos, endpos, spans)

    def match(self, string, pos=0, endpos=_MAXSIZE):
        return self._run(string, pos, endpos, 0)

    def fullmatch(self, string, pos=0, endpos=_MAXSIZE):
        return self._run(string, pos, endpos, 1)

    def search(self, string, pos=0, endpos=_MAXSIZE):
        return self._run(string, pos, endpos, 2)

    def _all(self, string, pos, endpos, limit):
        pos, endpos = _clamp(self, string, pos, endpos)
        return _all(self._code, string, pos, endpos, self.groups, limit), pos, endpos

    def findall(self, string, pos=0, endpos=_MAXSIZE):
        found, pos, endpos = self._all(string, pos, endpos, 0)
        groups = self.groups
        out = []
        for spans in found:
            if groups == 0:
                out.append(_slice(string, spans[1], spans[2]))
            elif groups == 1:
                start = spans[3]
                out.append(_slice(string, start, spans[4]) if start >= 0 else _empty(string))
            else:
                items = []
                for g in range(1, groups + 1):
                    start = spans[2 * g + 1]
                    if start >= 0:
                        items.append(_slice(string, start, spans[2 * g + 2]))
                    else:
                        items.append(_empty(string))
                out.append(tuple(items))
        return out

    def finditer(self, string, pos=0, endpos=_MAXSIZE):
        found, pos, endpos = self._all(string, pos, endpos, 0)
        return iter([_make_match(self, string, pos, endpos, spans) for spans in found])

    def scanner(self, string, pos=0, endpos=_MAXSIZE):
        pos, endpos = _clamp(self, string, pos, endpos)
        # The kinds of pattern and subject are checked at once, as sre.c's state_init does.
        _match(self._code, string, 0, 0, 0, 0, False)
        scanner = _new(SRE_Scanner)
        scanner.pattern = self
        scanner._string = string
        scanner._pos = pos
        scanner._endpos = endpos
        scanner._start = pos
        scanner._must_advance = False
        return scanner

    def split(self, string, maxsplit=0):
        found, pos, endpos = self._all(string, 0, _MAXSIZE, maxsplit if maxsplit > 0 else 0)
        if maxsplit < 0:
            found = []
        out = []
        last = 0
        groups = self.groups
        for spans in found:
            out.append(_slice(string, last, spans[1]))
            for g in range(1, groups + 1):
                start = spans[2 * g + 1]
                out.append(_slice(string, start, spans[2 * g + 2]) if start >= 0 else None)
            last = spans[2]
        out.append(_slice(string, last, len(string)))
        return out

    def _subx(self, repl, string, count):
        if callable(repl):
            call = repl
            template = None
        else:
            call = None
            template = repl
            backslash = "\\" if isinstance(repl, str) else b"\\"
            if backslash in repl:
                import re
                template = re._compile_template(self, repl)
                if len(template._items) == 1:
                    template = template._items[0] or repl[:0]
            elif not self._isbytes:
                if not isinstance(repl, str):
                    raise TypeError(f"expected str instance, {type(repl).__name__} found")
        found, pos, endpos = self._all(string, 0, _MAXSIZE, count if count > 0 else 0)
        pieces = []
        last = 0
        for spans in found:
            start = spans[1]
            if start > last:
                pieces.append(_slice(string, last, start))
            if call is not None:
                piece = call(_make_match(self, string, pos, endpos, spans))
                if piece is not None:
                    pieces.append(piece)
            elif type(template) is SRE_Template:
                pieces.append(template._expand(_make_match(self, string, pos, endpos, spans)))
            elif template:
                pieces.append(template)
            last = spans[2]
        if last < len(string):
            pieces.append(_slice(string, last, len(string)))
        if not found:
            return _slice(string, 0, len(string)), 0
        return _empty(string).join(pieces), len(found)

    def sub(self, repl, string, count=0):
        return self._subx(repl, string, count)[0]

    def subn(self, repl, string, count=0):
        return self._subx(repl, string, count)

    def __repr__(self):
        flags = self.flags
        # The default for str patterns is not shown.
        if flags & (4 | 32 | 256) == 32:
            flags &= ~32
        names = []
        for bit, name in _FLAG_NAMES:
            if flags & bit:
                names.append(name)
                flags &= ~bit
        if flags:
            names.append(hex(flags))
        text = repr(self.pattern)[:200]
        if names:
            return f"re.compile({text}, {'|'.join(names)})"
        return f"re.compile({text})"

    def __eq__(self, other):
        if type(other) is not Pattern:
            return NotImplemented
        if self is other:
            return True
        return (self.flags == other.flags and self._isbytes == other._isbytes
                and self._codelist == other._codelist and self.pattern == other.pattern)

    def __ne__(self, other):
        result = self.__eq__(other)
        return result if result is NotImplemented else not result

    def __hash__(self):
        return hash((self.pattern, self.flags, self._isbytes, self._codelist))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


Pattern.__qualname__ = Pattern.__name__ = "Pattern"


def _make_match(pattern, string, pos, endpos, spans):
    match = _new(Match)
    match.re = pattern
    match.string = string
    match.pos = pos
    match.endpos = endpos
    match._spans = spans
    return match


class Match:
    """The result of a successful match (CPython's `re.Match`)."""

    __module__ = "re"
    __slots__ = ("re", "string", "pos", "endpos", "_spans")

    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create 're.Match' instances")

    def __class_getitem__(cls, item):
        return _generic_alias(cls, item)

    def _index(self, group):
        if isinstance(group, int) or hasattr(type(group), "__index__") and not isinstance(group, (str, bytes)):
            try:
                i = group.__index__()
            except Exception:
                raise IndexError("no such group") from None
            if 0 <= i <= self.re.groups:
                return i
            raise IndexError("no such group")
        try:
            i = self.re._groupindex[group]
        except (KeyError, TypeError):
            raise IndexError("no such group") from None
        return i

    def _get(self, i, default=None):
        start = self._spans[2 * i + 1]
        if start < 0:
            return default
        return _slice(self.string, start, self._spans[2 * i + 2])

    def group(self, *groups):
        if not groups:
            return self._get(0)
        if len(groups) == 1:
            return self._get(self._index(groups[0]))
        return tuple(self._get(self._index(g)) for g in groups)

    def __getitem__(self, group):
        return self._get(self._index(group))

    def groups(self, default=None):
        return tuple(self._get(i, default) for i in range(1, self.re.groups + 1))

    def groupdict(self, default=None):
        return {name: self._get(self._index(name), default) for name in self.re._groupindex}

    def start(self, group=0):
        return self._spans[2 * self._index(group) + 1]

    def end(self, group=0):
        return self._spans[2 * self._index(group) + 2]

    def span(self, group=0):
        i = self._index(group)
        return (self._spans[2 * i + 1], self._spans[2 * i + 2])

    @property
    def regs(self):
        spans = self._spans
        return tuple((spans[2 * i + 1], spans[2 * i + 2]) for i in range(self.re.groups + 1))

    @property
    def lastindex(self):
        last = self._spans[0]
        return last if last >= 0 else None

    @property
    def lastgroup(self):
        last = self._spans[0]
        names = self.re._indexgroup
        if last < 0 or last >= len(names):
            return None
        return names[last]

    def expand(self, template):
        import re
        return re._compile_template(self.re, template)._expand(self)

    def __repr__(self):
        return f"<re.Match object; span=({self._spans[1]}, {self._spans[2]}), match={repr(self._get(0))[:50]}>"

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


Match.__qualname__ = Match.__name__ = "Match"


class SRE_Scanner:
    """Successive matches of one pattern over one string (`Pattern.scanner`)."""

    __slots__ = ("pattern", "_string", "_pos", "_endpos", "_start", "_must_advance")

    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create '_sre.SRE_Scanner' instances")

    def _next(self, mode):
        if self._start is None:
            return None
        p = self.pattern
        spans = _match(p._code, self._string, self._start, self._endpos, p.groups, mode, self._must_advance)
        if spans is None:
            self._start = None
            return None
        self._must_advance = spans[2] == spans[1]
        self._start = spans[2]
        return _make_match(p, self._string, self._pos, self._endpos, spans)

    def match(self):
        return self._next(0)

    def search(self):
        return self._next(2)


SRE_Scanner.__module__ = "_sre"


class SRE_Template:
    """A parsed replacement template (`_sre.template`): literals between group references."""

    __slots__ = ("_items",)

    def _expand(self, match):
        items = self._items
        pieces = []
        for k, item in enumerate(items):
            if k % 2:
                if item > match.re.groups:
                    raise IndexError("no such group")
                piece = match._get(item)
                if piece is not None:
                    pieces.append(piece)
            elif item:
                pieces.append(item)
        return ("" if not match.re._isbytes else b"").join(pieces)


SRE_Template.__module__ = "_sre"


def template(pattern, template):
    """`_sre.template(pattern, list)`: literals at even places, group numbers at odd ones."""
    if type(template) is not list or len(template) % 2 == 0:
        raise TypeError("invalid template")
    items = list(template)
    for k in range(1, len(items), 2):
        index = items[k].__index__()
        if index < 0:
            raise TypeError("invalid template")
        items[k] = index
    result = _new(SRE_Template)
    result._items = tuple(items)
    return result


class _mappingproxy:
    """A read-only view of a dict, as `Pattern.groupindex` gives."""

    __slots__ = ("_mapping",)

    def __init__(self, mapping):
        self._mapping = mapping

    def __getitem__(self, key):
        return self._mapping[key]

    def __iter__(self):
        return iter(self._mapping)

    def __len__(self):
        return len(self._mapping)

    def __contains__(self, key):
        return key in self._mapping

    def get(self, key, default=None):
        return self._mapping.get(key, default)

    def keys(self):
        return self._mapping.keys()

    def values(self):
        return self._mapping.values()

    def items(self):
        return self._mapping.items()

    def copy(self):
        return self._mapping.copy()

    def __eq__(self, other):
        return self._mapping == other

    def __repr__(self):
        return repr(self._mapping)


_mappingproxy.__name__ = _mappingproxy.__qualname__ = "mappingproxy"
_mappingproxy.__module__ = "builtins"
