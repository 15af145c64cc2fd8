"""The dialects, reader, writer and dialect registry of minivm's native `_csv` module
(src/modules/csv.rs), in Python, after CPython 3.12.1's `Modules/_csv.c`.

This code runs in the _csv module's namespace after its native parser (`_parser`, `_feed`,
`_finish`) is in place.
"""

_dialects = {}
_field_limit = 128 * 1024
_NOT_GIVEN = object()
_ATTRIBUTES = ("delimiter", "doublequote", "escapechar", "lineterminator", "quotechar",
               "quoting", "skipinitialspace", "strict")


def _char(name, value, default, or_none):
    if value is _NOT_GIVEN:
        return default
    if value is None and or_none:
        return None
    if not isinstance(value, str):
        kind = "string or None" if or_none else "string"
        raise TypeError(f'"{name}" must be {kind}, not {type(value).__name__}')
    if len(value) != 1:
        raise TypeError(f'"{name}" must be a 1-character string')
    return value


class Dialect:
    """CSV dialect

    The Dialect type records CSV parsing and generation options."""

    __slots__ = ("_values",)

    def __new__(cls, dialect=None, **kwargs):
        for key in kwargs:
            if key not in _ATTRIBUTES:
                raise TypeError(f"'{key}' is an invalid keyword argument for this function")
        if dialect is not None:
            if isinstance(dialect, str):
                dialect = get_dialect(dialect)
            if type(dialect) is Dialect and not kwargs:
                return dialect

        def pick(name):
            if name in kwargs:
                return kwargs[name]
            if dialect is not None:
                return getattr(dialect, name, _NOT_GIVEN)
            return _NOT_GIVEN

        self = object.__new__(cls)
        values = {}
        values["delimiter"] = _char("delimiter", pick("delimiter"), ",", False)
        values["escapechar"] = _char("escapechar", pick("escapechar"), None, True)
        values["quotechar"] = _char("quotechar", pick("quotechar"), '"', True)
        terminator = pick("lineterminator")
        if terminator is _NOT_GIVEN:
            terminator = "\r\n"
        elif not isinstance(terminator, str):
            raise TypeError('"lineterminator" must be a string')
        values["lineterminator"] = terminator
        quoting = pick("quoting")
        if quoting is _NOT_GIVEN:
            quoting = QUOTE_MINIMAL
        elif not isinstance(quoting, int):
            raise TypeError('"quoting" must be an integer')
        elif quoting not in (0, 1, 2, 3, 4, 5):
            raise TypeError('bad "quoting" value')
        values["quoting"] = quoting
        for name, default in (("doublequote", True), ("skipinitialspace", False), ("strict", False)):
            value = pick(name)
            values[name] = default if value is _NOT_GIVEN else bool(value)
        object.__setattr__(self, "_values", values)
        return self

    def __getattr__(self, name):
        values = object.__getattribute__(self, "_values")
        if name in values:
            return values[name]
        raise AttributeError(f"'_csv.Dialect' object has no attribute '{name}'")

    def __setattr__(self, name, value):
        if name in _ATTRIBUTES:
            raise AttributeError(f"attribute '{name}' of '_csv.Dialect' objects is not writable")
        raise AttributeError(f"'_csv.Dialect' object has no attribute '{name}'")

    def __reduce_ex__(self, protocol):
        raise TypeError("cannot pickle '_csv.Dialect' object")


Dialect.__module__ = "_csv"


def _dialect_of(dialect, kwargs):
    return Dialect(dialect, **kwargs)


class Reader:
    """CSV reader

    Reader objects are responsible for reading and parsing tabular data
    in CSV format."""

    def __init__(self, lines, dialect):
        # A generator: minivm's file objects iterate in a for loop but are not next()-able.
        self._lines = (line for line in lines)
        self.dialect = dialect
        self.line_num = 0
        d = dialect
        self._parser = _parser(d.delimiter, d.quotechar, d.escapechar, d.doublequote,
                               d.skipinitialspace, d.strict, d.quoting)

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            try:
                line = next(self._lines)
            except StopIteration:
                record = _finish(self._parser)
                if record is None:
                    raise
                break
            self.line_num += 1
            record = _feed(self._parser, line, _field_limit)
            if record is not None:
                break
        return [float(text) if numeric else text for text, numeric in record]


Reader.__module__ = "_csv"
Reader.__name__ = Reader.__qualname__ = "reader"


class Writer:
    """CSV writer

    Writer objects are responsible for generating tabular data
    in CSV format from sequence input."""

    def __init__(self, fileobj, dialect):
        self._write = fileobj.write
        self.dialect = dialect

    def _field(self, text, quoted, out):
        d = self.dialect
        quoting = d.quoting
        escaped = []
        for c in text:
            want_escape = False
            if (c == d.delimiter or c == d.escapechar or c == d.quotechar
                    or c == "\n" or c == "\r" or c in d.lineterminator):
                if quoting == QUOTE_NONE:
                    want_escape = True
                else:
                    if c == d.quotechar:
                        if d.doublequote:
                            escaped.append(d.quotechar)
                        else:
                            want_escape = True
                    elif c == d.escapechar:
                        want_escape = True
                    if not want_escape:
                        quoted = True
                if want_escape:
                    if d.escapechar is None:
                        raise Error("need to escape, but no escapechar set")
                    escaped.append(d.escapechar)
            escaped.append(c)
        body = "".join(escaped)
        if quoted:
            body = d.quotechar + body + d.quotechar
        out.append(body)

    def writerow(self, row, /):
        d = self.dialect
        try:
            fields = iter(row)
        except TypeError:
            raise Error(f"iterable expected, not {type(row).__name__}") from None
        out = []
        count = 0
        for field in fields:
            count += 1
            quoting = d.quoting
            if quoting == QUOTE_NONNUMERIC:
                quoted = not isinstance(field, (int, float, complex))
            elif quoting == QUOTE_ALL:
                quoted = True
            elif quoting == QUOTE_STRINGS:
                quoted = isinstance(field, str)
            elif quoting == QUOTE_NOTNULL:
                quoted = field is not None
            else:
                quoted = False
            if field is None:
                text = ""
            elif isinstance(field, str):
                text = field
            elif isinstance(field, float):
                text = repr(field)
            else:
                text = str(field)
            self._field(text, quoted, out)
        if count == 1 and out == [""]:
            if d.quoting == QUOTE_NONE:
                raise Error("single empty field record must be quoted")
            out = [d.quotechar * 2]
        return self._write(d.delimiter.join(out) + d.lineterminator)

    def writerows(self, rows, /):
        for row in rows:
            self.writerow(row)


Writer.__module__ = "_csv"
Writer.__name__ = Writer.__qualname__ = "writer"


def reader(csvfile, dialect="excel", **fmtparams):
    """csv_reader = reader(iterable [, dialect='excel']
                        [optional keyword args])"""
    lines = iter(csvfile)
    return Reader(lines, _dialect_of(dialect, fmtparams))


def writer(fileobj, dialect="excel", **fmtparams):
    """csv_writer = csv.writer(fileobject [, dialect='excel']
                            [optional keyword args])"""
    if not hasattr(fileobj, "write"):
        raise TypeError('argument 1 must have a "write" method')
    return Writer(fileobj, _dialect_of(dialect, fmtparams))


def register_dialect(name, dialect=None, **fmtparams):
    """Create a mapping from a string name to a dialect class."""
    if not isinstance(name, str):
        raise TypeError("dialect name must be a string")
    _dialects[name] = _dialect_of(dialect, fmtparams)


def unregister_dialect(name):
    """Delete the name/dialect mapping associated with a string name."""
    if name not in _dialects:
        raise Error("unknown dialect")
    del _dialects[name]


def get_dialect(name):
    """Return the dialect instance associated with name."""
    try:
        return _dialects[name]
    except (KeyError, TypeError):
        raise Error("unknown dialect") from None


def list_dialects():
    """Return a list of all know dialect names."""
    return list(_dialects)


def field_size_limit(*args, **kwargs):
    """Sets an upper limit on parsed fields.

    Returns old limit. If limit is not given, no new limit is set and
    the old limit is returned"""
    global _field_limit
    if kwargs:
        if list(kwargs) != ["new_limit"] or args:
            raise TypeError("field_size_limit() takes at most 1 argument")
        args = (kwargs["new_limit"],)
    if len(args) > 1:
        raise TypeError(f"field_size_limit expected at most 1 argument, got {len(args)}")
    old = _field_limit
    if args:
        if not isinstance(args[0], int):
            raise TypeError("limit must be an integer")
        _field_limit = args[0]
    return old

