"""minivm's native `_contextvars` module (src/modules/contextvars.rs): context variables
(PEP 567), written in Python over one piece of state, the current context.

minivm runs one thread, so one current context serves the whole interpreter; `Context.run`
makes a context current for the length of a call and restores the previous one after it,
however the call ends.
"""

_MISSING = object()


class _State:
    current = None


def _current():
    if _State.current is None:
        _State.current = Context()
    return _State.current


def _check_var(var):
    if not isinstance(var, ContextVar):
        raise TypeError(f"a ContextVar key was expected, got {var!r}")


class Context:
    """A mapping from context variables to their values; `run` calls a function inside it."""

    def __init__(self):
        self._data = {}
        self._entered = False

    def __init_subclass__(cls, **kwargs):
        raise TypeError("type 'Context' is not an acceptable base type")

    def run(self, callable, /, *args, **kwargs):
        if self._entered:
            raise RuntimeError(f"cannot enter context: {self!r} is already entered")
        saved = _State.current
        self._entered = True
        _State.current = self
        try:
            return callable(*args, **kwargs)
        finally:
            _State.current = saved
            self._entered = False

    def copy(self):
        new = Context()
        new._data = dict(self._data)
        return new

    def __getitem__(self, var):
        _check_var(var)
        return self._data[var]

    def get(self, var, default=None):
        _check_var(var)
        return self._data.get(var, default)

    def __contains__(self, var):
        _check_var(var)
        return var in self._data

    def __len__(self):
        return len(self._data)

    def __iter__(self):
        return iter(self._data)

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()

    def __eq__(self, other):
        if not isinstance(other, Context):
            return NotImplemented
        return self._data == other._data

    __hash__ = None


class ContextVar:
    """A variable whose value depends on the current context."""

    def __init__(self, name, *, default=_MISSING):
        if not isinstance(name, str):
            raise TypeError("context variable name must be a str")
        self._name = name
        self._default = default

    def __init_subclass__(cls, **kwargs):
        raise TypeError("type 'ContextVar' is not an acceptable base type")

    @property
    def name(self):
        return self._name

    def get(self, default=_MISSING, /):
        data = _current()._data
        if self in data:
            return data[self]
        if default is not _MISSING:
            return default
        if self._default is not _MISSING:
            return self._default
        raise LookupError(self)

    def set(self, value, /):
        ctx = _current()
        old = ctx._data.get(self, Token.MISSING)
        ctx._data[self] = value
        return Token._make(ctx, self, old)

    def reset(self, token, /):
        if not isinstance(token, Token):
            raise TypeError(f"expected an instance of Token, got {token!r}")
        if token._used:
            raise RuntimeError(f"{token!r} has already been used once")
        if token._var is not self:
            raise ValueError(f"{token!r} was created by a different ContextVar")
        ctx = _current()
        if token._ctx is not ctx:
            raise ValueError(f"{token!r} was created in a different Context")
        token._used = True
        if token._old is Token.MISSING:
            ctx._data.pop(self, None)
        else:
            ctx._data[self] = token._old

    def __repr__(self):
        default = "" if self._default is _MISSING else f" default={self._default!r}"
        return f"<ContextVar name={self._name!r}{default} at 0x{id(self):x}>"


class _Missing:
    def __repr__(self):
        return "<Token.MISSING>"


class Token:
    """What `ContextVar.set` returns: `ContextVar.reset` takes it to undo the set."""

    MISSING = _Missing()

    def __init__(self, *args, **kwargs):
        raise RuntimeError("Tokens can only be created by ContextVars")

    @classmethod
    def _make(cls, ctx, var, old):
        token = object.__new__(cls)
        token._ctx = ctx
        token._var = var
        token._old = old
        token._used = False
        return token

    @property
    def var(self):
        return self._var

    @property
    def old_value(self):
        return self._old

    def __repr__(self):
        used = " used" if self._used else ""
        return f"<Token{used} var={self._var!r} at 0x{id(self):x}>"


def copy_context():
    """A copy of the current context."""
    return _current().copy()


for _cls in (Context, ContextVar, Token):
    _cls.__module__ = "_contextvars"
del _cls
