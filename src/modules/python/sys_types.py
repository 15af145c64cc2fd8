"""The classes of minivm's native `sys` module (src/modules/sys.rs), written in Python:
`types.SimpleNamespace` is the class of `sys.implementation`, as in CPython."""


class SimpleNamespace:
    """A simple attribute-based namespace."""

    def __init__(self, mapping_or_iterable=(), /, **kwargs):
        for k, v in dict(mapping_or_iterable).items():
            if not isinstance(k, str):
                raise TypeError(f"keywords must be strings, not '{type(k).__name__}'")
            setattr(self, k, v)
        for k, v in kwargs.items():
            setattr(self, k, v)

    def __repr__(self):
        items = ", ".join(f"{k}={v!r}" for k, v in self.__dict__.items())
        name = type(self).__name__ if type(self) is not SimpleNamespace else "namespace"
        return f"{name}({items})"

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __reduce__(self):
        return (type(self), (), dict(self.__dict__))


SimpleNamespace.__module__ = "types"
