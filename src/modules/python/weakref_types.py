"""The classes of minivm's native `_weakref` module (src/modules/weakref.rs), in Python.

A weak reference keeps a native handle (`_new`), which holds the referent weakly; calling the
reference asks the handle for the referent (`_get`).
"""


class ReferenceType:
    """`ref(ob[, callback])`: a weak reference to `ob`; calling it gives `ob`, or None once
    `ob` has died. `callback(ref)` is called when it dies."""

    __slots__ = ("_handle", "__callback__", "_hash", "__weakref__")

    def __new__(cls, ob, callback=None, /, *args, **kwargs):
        self = object.__new__(cls)
        self.__callback__ = callback
        self._hash = None
        self._handle = _new(ob, self)
        return self

    def __init__(self, ob, callback=None, /, *args, **kwargs):
        pass

    def __call__(self):
        return _get(self._handle)

    def __hash__(self):
        if self._hash is None:
            ob = self()
            if ob is None:
                raise TypeError("weak object has gone away")
            self._hash = hash(ob)
        return self._hash

    def __eq__(self, other):
        if not isinstance(other, ReferenceType):
            return NotImplemented
        a, b = self(), other()
        if a is None or b is None:
            return self is other
        return a == b

    def __ne__(self, other):
        result = self.__eq__(other)
        return result if result is NotImplemented else not result

    def __repr__(self):
        ob = self()
        if ob is None:
            return f"<weakref at 0x{id(self):x}; dead>"
        return f"<weakref at 0x{id(self):x}; to '{type(ob).__qualname__}' at 0x{id(ob):x}>"

    def __class_getitem__(cls, item):
        return cls


ReferenceType.__name__ = ReferenceType.__qualname__ = "ReferenceType"
ReferenceType.__module__ = "weakref"
ref = ReferenceType


def _referent(proxy):
    ob = object.__getattribute__(proxy, "_ref")()
    if ob is None:
        raise ReferenceError("weakly-referenced object no longer exists")
    return ob


class ProxyType:
    """`proxy(ob[, callback])`: stands for `ob` while it lives."""

    __slots__ = ("_ref", "__weakref__")

    def __getattribute__(self, name):
        return getattr(_referent(self), name)

    def __setattr__(self, name, value):
        setattr(_referent(self), name, value)

    def __delattr__(self, name):
        delattr(_referent(self), name)

    def __repr__(self):
        ob = _referent(self)
        return f"<weakproxy at 0x{id(self):x}; to '{type(ob).__qualname__}' at 0x{id(ob):x}>"

    def __str__(self):
        return str(_referent(self))

    def __bool__(self):
        return bool(_referent(self))

    def __len__(self):
        return len(_referent(self))

    def __iter__(self):
        return iter(_referent(self))

    def __getitem__(self, key):
        return _referent(self)[key]

    def __eq__(self, other):
        return _referent(self) == other

    def __hash__(self):
        raise TypeError(f"unhashable type: 'weakref.ProxyType'")


class CallableProxyType(ProxyType):
    __slots__ = ()

    def __call__(self, *args, **kwargs):
        return _referent(self)(*args, **kwargs)


ProxyType.__module__ = CallableProxyType.__module__ = "weakref"


def proxy(ob, callback=None, /):
    """A proxy for `ob` that does not keep it alive."""
    cls = CallableProxyType if callable(ob) else ProxyType
    p = object.__new__(cls)
    object.__setattr__(p, "_ref", ref(ob, None if callback is None else (lambda r: callback(p))))
    return p


def getweakrefs(ob, /):
    """The weak references to `ob` still alive."""
    return _refs(ob)


def _remove_dead_weakref(dct, key, /):
    """Removes `dct[key]` if it is a dead weak reference."""
    try:
        wr = dct[key]
    except KeyError:
        return
    if wr() is None:
        del dct[key]
