"""Regular expressions for minivm: CPython's re API over the native _re engine."""

import _re
from _re import error

__all__ = ["match", "fullmatch", "search", "sub", "subn", "split", "findall", "finditer",
           "compile", "purge", "escape", "error", "Pattern", "Match", "A", "I", "L", "M", "S",
           "X", "U", "ASCII", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "VERBOSE", "UNICODE",
           "NOFLAG"]

NOFLAG = 0
TEMPLATE = T = 1
IGNORECASE = I = 2
LOCALE = L = 4
MULTILINE = M = 8
DOTALL = S = 16
UNICODE = U = 32
VERBOSE = X = 64
DEBUG = 128
ASCII = A = 256

_FLAG_NAMES = [(IGNORECASE, "re.IGNORECASE"), (LOCALE, "re.LOCALE"), (MULTILINE, "re.MULTILINE"),
               (DOTALL, "re.DOTALL"), (VERBOSE, "re.VERBOSE"), (ASCII, "re.ASCII")]


class Match:
    """The result of a successful match: the spans of the groups in the string."""

    def __init__(self, pattern, string, spans, pos, endpos):
        self.re = pattern
        self.string = string
        self._spans = spans
        self.pos = pos
        self.endpos = endpos

    def _index(self, group):
        if isinstance(group, int) and 0 <= group < len(self._spans):
            return group
        if isinstance(group, str) and group in self.re.groupindex:
            return self.re.groupindex[group]
        raise IndexError("no such group")

    def group(self, *groups):
        if not groups:
            return self._get(0)
        if len(groups) == 1:
            return self._get(groups[0])
        return tuple(self._get(g) for g in groups)

    def _get(self, group, default=None):
        start, end = self._spans[self._index(group)]
        if start < 0:
            return default
        return self.string[start:end]

    def __getitem__(self, group):
        return self._get(group)

    def groups(self, default=None):
        return tuple(self._get(i, default) for i in range(1, len(self._spans)))

    def groupdict(self, default=None):
        return {name: self._get(index, default) for name, index in self.re.groupindex.items()}

    def start(self, group=0):
        return self._spans[self._index(group)][0]

    def end(self, group=0):
        return self._spans[self._index(group)][1]

    def span(self, group=0):
        return self._spans[self._index(group)]

    @property
    def lastindex(self):
        best = None
        best_end = -1
        for i in range(1, len(self._spans)):
            start, end = self._spans[i]
            if start >= 0 and end >= best_end:
                best, best_end = i, end
        return best

    @property
    def lastgroup(self):
        index = self.lastindex
        for name, i in self.re.groupindex.items():
            if i == index:
                return name
        return None

    @property
    def regs(self):
        return tuple(self._spans)

    def expand(self, template):
        return _expand(self, template)

    def __bool__(self):
        return True

    def __repr__(self):
        return f"<re.Match object; span={self.span()!r}, match={self.group()!r}>"


class Pattern:
    """A compiled regular expression."""

    def __init__(self, pattern, flags):
        if isinstance(pattern, Pattern):
            pattern = pattern.pattern
        if not isinstance(pattern, str):
            raise TypeError("first argument must be string or compiled pattern")
        self.pattern = pattern
        self.flags = flags | (0 if flags & ASCII else UNICODE)
        self._code = _re.compile(pattern, flags)
        self.groups, self.groupindex = _re.info(self._code)

    def _run(self, string, pos, endpos, mode):
        if not isinstance(string, str):
            raise TypeError(f"expected string or bytes-like object, got '{type(string).__name__}'")
        n = len(string)
        endpos = n if endpos is None else endpos
        spans = _re.search(self._code, string, pos, endpos, mode)
        if spans is None:
            return None
        return Match(self, string, list(spans), max(0, min(pos, n)), max(0, min(endpos, n)))

    def search(self, string, pos=0, endpos=None):
        return self._run(string, pos, endpos, 0)

    def match(self, string, pos=0, endpos=None):
        return self._run(string, pos, endpos, 1)

    def fullmatch(self, string, pos=0, endpos=None):
        return self._run(string, pos, endpos, 2)

    def finditer(self, string, pos=0, endpos=None):
        n = len(string) if endpos is None else min(endpos, len(string))
        last_empty_at = -1
        while pos <= n:
            m = self._run(string, pos, endpos, 0)
            if m is None:
                return
            if m.start() == m.end() == last_empty_at:
                # No second empty match where the last one was: try one further on.
                if pos >= n:
                    return
                m = self._run(string, pos + 1, endpos, 0)
                if m is None:
                    return
            yield m
            if m.end() == m.start():
                last_empty_at = m.end()
                pos = m.end()
            else:
                last_empty_at = m.end()
                pos = m.end()

    def findall(self, string, pos=0, endpos=None):
        result = []
        for m in self.finditer(string, pos, endpos):
            if self.groups == 0:
                result.append(m.group())
            elif self.groups == 1:
                result.append(m._get(1, ""))
            else:
                result.append(m.groups(""))
        return result

    def split(self, string, maxsplit=0):
        result = []
        last = 0
        count = 0
        for m in self.finditer(string):
            if maxsplit and count >= maxsplit:
                break
            result.append(string[last:m.start()])
            result.extend(m.groups())
            last = m.end()
            count += 1
        result.append(string[last:])
        return result

    def subn(self, repl, string, count=0):
        pieces = []
        last = 0
        n = 0
        for m in self.finditer(string):
            if count and n >= count:
                break
            pieces.append(string[last:m.start()])
            pieces.append(repl(m) if callable(repl) else _expand(m, repl))
            last = m.end()
            n += 1
        pieces.append(string[last:])
        return "".join(pieces), n

    def sub(self, repl, string, count=0):
        return self.subn(repl, string, count)[0]

    def __eq__(self, other):
        return isinstance(other, Pattern) and self.pattern == other.pattern and self.flags == other.flags

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def __repr__(self):
        names = [name for bit, name in _FLAG_NAMES if self.flags & bit]
        if names:
            return f"re.compile({self.pattern!r}, {'|'.join(names)})"
        return f"re.compile({self.pattern!r})"


_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "f": "\f", "v": "\v", "a": "\a", "b": "\b", "\\": "\\"}


def _expand(m, template):
    """A replacement template with \\1, \\g<1> and \\g<name> filled in from the match."""
    out = []
    i = 0
    n = len(template)
    while i < n:
        c = template[i]
        if c != "\\" or i + 1 >= n:
            out.append(c)
            i += 1
            continue
        e = template[i + 1]
        if e.isdigit():
            j = i + 1
            while j < n and j < i + 3 and template[j].isdigit():
                j += 1
            index = int(template[i + 1:j])
            if index > m.re.groups:
                raise error(f"invalid group reference {index} at position {i + 1}")
            out.append(m._get(index, ""))
            i = j
        elif e == "g":
            end = template.find(">", i)
            if i + 2 >= n or template[i + 2] != "<" or end < 0:
                raise error(f"missing < at position {i + 2}")
            name = template[i + 3:end]
            try:
                index = int(name) if name.isdigit() else m.re.groupindex[name]
            except KeyError:
                raise IndexError(f"unknown group name '{name}'") from None
            out.append(m._get(index, ""))
            i = end + 1
        elif e in _ESCAPES:
            out.append(_ESCAPES[e])
            i += 2
        elif e.isalpha():
            raise error(f"bad escape \\{e} at position {i}")
        else:
            out.append("\\" + e)
            i += 2
    return "".join(out)


_cache = {}


def compile(pattern, flags=0):
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    key = (type(pattern), pattern, flags)
    found = _cache.get(key)
    if found is None:
        found = Pattern(pattern, flags)
        if len(_cache) >= 512:
            _cache.clear()
        _cache[key] = found
    return found


def purge():
    _cache.clear()


def search(pattern, string, flags=0):
    return compile(pattern, flags).search(string)


def match(pattern, string, flags=0):
    return compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    return compile(pattern, flags).fullmatch(string)


def findall(pattern, string, flags=0):
    return compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    return compile(pattern, flags).finditer(string)


def split(pattern, string, maxsplit=0, flags=0):
    return compile(pattern, flags).split(string, maxsplit)


def sub(pattern, repl, string, count=0, flags=0):
    return compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    return compile(pattern, flags).subn(repl, string, count)


_SPECIAL = frozenset("()[]{}?*+-|^$\\.&~# \t\n\r\v\f")


def escape(pattern):
    return "".join("\\" + c if c in _SPECIAL else c for c in pattern)
