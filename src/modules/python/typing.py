"""Type hints for minivm: the names programs import from typing, enough for annotations,
generic classes, casts, TypeVar, NamedTuple and Protocol to work at run time."""

import collections
import abc

__all__ = ["Any", "Callable", "ClassVar", "Dict", "Final", "FrozenSet", "Generic", "Iterable",
           "Iterator", "List", "Literal", "Mapping", "NamedTuple", "Optional", "Protocol",
           "Sequence", "Set", "Tuple", "Type", "TypeVar", "Union", "cast", "overload",
           "TYPE_CHECKING", "get_type_hints", "TypedDict", "NoReturn", "Never", "Self",
           "Generator", "Awaitable", "Coroutine", "AsyncIterator", "AsyncIterable", "Deque",
           "DefaultDict", "Counter", "OrderedDict", "MutableMapping", "MutableSequence",
           "Hashable", "Sized", "Container", "Collection", "Reversible", "SupportsInt",
           "SupportsFloat", "SupportsIndex", "AnyStr", "Text", "runtime_checkable", "final",
           "no_type_check", "ParamSpec", "Concatenate", "TypeAlias", "Annotated", "NewType",
           "assert_never", "reveal_type", "get_origin", "get_args", "LiteralString"]

TYPE_CHECKING = False


class _Form:
    """A special form or alias (List, Optional, Callable, ...): subscripting it gives a
    _Alias that prints as typing.List[int]."""

    def __init__(self, name, origin=None):
        self._name = name
        self.__origin__ = origin

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        return _Alias(self, params)

    def __repr__(self):
        return f"typing.{self._name}"

    def __call__(self, *args, **kwargs):
        if self.__origin__ is None:
            raise TypeError(f"Cannot instantiate typing.{self._name}")
        return self.__origin__(*args, **kwargs)

    def __or__(self, other):
        return _Alias(Union, (self, other))

    def __ror__(self, other):
        return _Alias(Union, (other, self))

    def __mro_entries__(self, bases):
        return (self.__origin__,) if self.__origin__ is not None else ()

    def __instancecheck__(self, obj):
        return self.__origin__ is not None and isinstance(obj, self.__origin__)


def _type_repr(obj):
    if isinstance(obj, type) and obj.__module__ == "builtins":
        return obj.__qualname__
    if isinstance(obj, type):
        return f"{obj.__module__}.{obj.__qualname__}"
    if obj is ...:
        return "..."
    if obj is None or obj is type(None):
        return "None"
    return repr(obj)


class _Alias:
    def __init__(self, form, args):
        self._form = form
        self.__args__ = args
        self.__origin__ = form.__origin__ if isinstance(form, _Form) else form

    def __repr__(self):
        name = self._form._name if isinstance(self._form, _Form) else _type_repr(self._form)
        if name == "Optional" and len(self.__args__) == 1:
            return f"typing.Optional[{_type_repr(self.__args__[0])}]"
        if name == "Callable" and len(self.__args__) == 2 and isinstance(self.__args__[0], list):
            params = ", ".join(_type_repr(a) for a in self.__args__[0])
            return f"typing.Callable[[{params}], {_type_repr(self.__args__[1])}]"
        inner = ", ".join(_type_repr(a) for a in self.__args__)
        prefix = "typing." if isinstance(self._form, _Form) else ""
        return f"{prefix}{name}[{inner}]"

    def __getitem__(self, params):
        return self

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)

    def __eq__(self, other):
        return isinstance(other, _Alias) and self._form is other._form and self.__args__ == other.__args__

    def __hash__(self):
        return hash((id(self._form), self.__args__))

    def __or__(self, other):
        return _Alias(Union, (self, other))

    def __mro_entries__(self, bases):
        origin = self.__origin__
        if origin is None:
            return ()
        return (origin,)


Any = _Form("Any")
NoReturn = _Form("NoReturn")
Never = _Form("Never")
Self = _Form("Self")
LiteralString = _Form("LiteralString")
ClassVar = _Form("ClassVar")
ClassVar._is_classvar = True
Final = _Form("Final")
Union = _Form("Union")
Optional = _Form("Optional")
Literal = _Form("Literal")
Annotated = _Form("Annotated")
TypeAlias = _Form("TypeAlias")
Concatenate = _Form("Concatenate")
List = _Form("List", list)
Dict = _Form("Dict", dict)
Set = _Form("Set", set)
FrozenSet = _Form("FrozenSet", frozenset)
Tuple = _Form("Tuple", tuple)
Type = _Form("Type", type)
Deque = _Form("Deque", collections.deque)
DefaultDict = _Form("DefaultDict", collections.defaultdict)
OrderedDict = _Form("OrderedDict", collections.OrderedDict)
Counter = _Form("Counter", collections.Counter)
Callable = _Form("Callable")
Iterable = _Form("Iterable")
Iterator = _Form("Iterator")
Generator = _Form("Generator")
AsyncIterator = _Form("AsyncIterator")
AsyncIterable = _Form("AsyncIterable")
Awaitable = _Form("Awaitable")
Coroutine = _Form("Coroutine")
Mapping = _Form("Mapping")
MutableMapping = _Form("MutableMapping")
Sequence = _Form("Sequence")
MutableSequence = _Form("MutableSequence")
Hashable = _Form("Hashable")
Sized = _Form("Sized")
Container = _Form("Container")
Collection = _Form("Collection")
Reversible = _Form("Reversible")
SupportsInt = _Form("SupportsInt")
SupportsFloat = _Form("SupportsFloat")
SupportsIndex = _Form("SupportsIndex")
Text = str


class TypeVar:
    """A type variable: T = TypeVar('T')."""

    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False,
                 infer_variance=False):
        self.__name__ = name
        self.__constraints__ = constraints
        self.__bound__ = bound
        self.__covariant__ = covariant
        self.__contravariant__ = contravariant

    def __repr__(self):
        prefix = "+" if self.__covariant__ else "-" if self.__contravariant__ else "~"
        return prefix + self.__name__

    def __or__(self, other):
        return _Alias(Union, (self, other))


class ParamSpec(TypeVar):
    pass


AnyStr = TypeVar("AnyStr", bytes, str)


class Generic:
    """A base for generic classes: class Box(Generic[T])."""

    __slots__ = ()

    def __class_getitem__(cls, params):
        return cls


class Protocol(Generic):
    """A base for structural types (no run-time checks beyond runtime_checkable's)."""

    __slots__ = ()


def runtime_checkable(cls):
    return cls


def final(f):
    return f


def no_type_check(f):
    return f


def overload(func):
    return func


def cast(typ, val):
    return val


def assert_never(arg, /):
    raise AssertionError(f"Expected code to be unreachable, but got: {arg!r}")


def reveal_type(obj, /):
    return obj


def get_origin(tp):
    return getattr(tp, "__origin__", None)


def get_args(tp):
    return getattr(tp, "__args__", ())


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    hints = {}
    if isinstance(obj, type):
        for base in reversed(obj.__mro__):
            hints.update(base.__dict__.get("__annotations__", {}))
        return hints
    return dict(getattr(obj, "__annotations__", {}) or {})


def NewType(name, tp):
    def new_type(x):
        return x
    new_type.__name__ = name
    new_type.__supertype__ = tp
    return new_type


def NamedTuple(typename, fields=None, /, **kwargs):
    """The functional form, NamedTuple('P', [('x', int), ('y', int)])."""
    if fields is None:
        fields = list(kwargs.items())
    names = [name for name, _ in fields]
    result = collections.namedtuple(typename, names)
    result.__annotations__ = dict(fields)
    return result


def TypedDict(typename, fields=None, /, *, total=True, **kwargs):
    return dict
