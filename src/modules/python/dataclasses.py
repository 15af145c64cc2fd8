"""Data classes for minivm (CPython's dataclasses, written afresh). minivm cannot compile
code, so the generated methods are closures that bind arguments with CPython's messages."""

import _signature

__all__ = ["dataclass", "field", "Field", "FrozenInstanceError", "InitVar", "KW_ONLY", "MISSING",
           "fields", "asdict", "astuple", "make_dataclass", "replace", "is_dataclass"]


class FrozenInstanceError(AttributeError):
    pass


class _MissingType:
    def __repr__(self):
        return "MISSING"


MISSING = _MissingType()


class _KwOnlyType:
    pass


KW_ONLY = _KwOnlyType()


class InitVar:
    def __init__(self, type):
        self.type = type

    def __class_getitem__(cls, type):
        return InitVar(type)


class Field:
    """One field: its name, type, default and options."""

    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = {} if metadata is None else metadata
        self.kw_only = kw_only

    def __repr__(self):
        return (f"Field(name={self.name!r},type={self.type!r},default={self.default!r},"
                f"default_factory={self.default_factory!r},init={self.init!r},repr={self.repr!r},"
                f"hash={self.hash!r},compare={self.compare!r},metadata={self.metadata!r},"
                f"kw_only={self.kw_only!r},_field_type=_FIELD)")

    def __set_name__(self, owner, name):
        pass


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None,
          compare=True, metadata=None, kw_only=MISSING):
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError("cannot specify both default and default_factory")
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


def _is_classvar(annotation):
    if isinstance(annotation, str):
        return annotation.startswith(("ClassVar", "typing.ClassVar"))
    return getattr(annotation, "_is_classvar", False) or annotation is getattr(
        __import__("typing"), "ClassVar", None)


def _process(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only):
    all_fields = {}
    for base in reversed(cls.__mro__[1:]):
        for f in getattr(base, "__dataclass_fields__", {}).values():
            all_fields[f.name] = f
    annotations = cls.__dict__.get("__annotations__", {})
    kw_only_from_here = kw_only
    for name, annotation in annotations.items():
        if annotation is KW_ONLY or annotation == "KW_ONLY":
            kw_only_from_here = True
            continue
        if _is_classvar(annotation):
            continue
        default = cls.__dict__.get(name, MISSING)
        f = default if isinstance(default, Field) else field(default=default)
        f.name = name
        f.type = annotation
        if f.kw_only is MISSING:
            f.kw_only = kw_only_from_here
        if isinstance(f.default, (list, dict, set)):
            raise ValueError(f"mutable default {type(f.default)} for field {name} is not allowed: "
                             f"use default_factory")
        if isinstance(default, Field):
            if f.default is MISSING:
                delattr(cls, name)
            else:
                setattr(cls, name, f.default)
        all_fields[name] = f
    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in annotations:
            raise TypeError(f"{name!r} is a field but has no type annotation")
    cls.__dataclass_fields__ = all_fields
    cls.__dataclass_params__ = (init, repr, eq, order, unsafe_hash, frozen)
    fields_list = list(all_fields.values())
    init_fields = [f for f in fields_list if f.init]
    positional = [f for f in init_fields if not f.kw_only]
    seen_default = None
    for f in positional:
        has_default = f.default is not MISSING or f.default_factory is not MISSING
        if has_default:
            seen_default = f.name
        elif seen_default is not None:
            raise TypeError(f"non-default argument {f.name!r} follows default argument {seen_default!r}")
    qualname = cls.__qualname__

    if init and "__init__" not in cls.__dict__:
        params = [f.name for f in positional]
        kwonly = [f.name for f in init_fields if f.kw_only]
        defaults = {f.name: f for f in init_fields
                    if f.default is not MISSING or f.default_factory is not MISSING}
        post_init = getattr(cls, "__post_init__", None)
        setter = object.__setattr__

        def __init__(self, *args, **kwargs):
            values = _signature.bind(f"{qualname}.__init__", params, defaults, args, kwargs, kwonly)
            for f in fields_list:
                if f.init:
                    value = values[f.name]
                    if isinstance(value, Field):
                        value = value.default_factory() if value.default_factory is not MISSING else value.default
                elif f.default_factory is not MISSING:
                    value = f.default_factory()
                elif f.default is not MISSING:
                    value = f.default
                else:
                    continue
                setter(self, f.name, value)
            if post_init is not None:
                self.__post_init__()
        __init__.__qualname__ = f"{qualname}.__init__"
        cls.__init__ = __init__

    if repr and "__repr__" not in cls.__dict__:
        shown = [f.name for f in fields_list if f.repr]

        def __repr__(self):
            inner = ", ".join(f"{name}={getattr(self, name)!r}" for name in shown)
            return f"{type(self).__qualname__}({inner})"
        __repr__.__qualname__ = f"{qualname}.__repr__"
        cls.__repr__ = __repr__

    compared = [f.name for f in fields_list if f.compare]

    def _key(obj):
        return tuple(getattr(obj, name) for name in compared)

    if eq and "__eq__" not in cls.__dict__:
        def __eq__(self, other):
            if other.__class__ is self.__class__:
                return _key(self) == _key(other)
            return NotImplemented
        cls.__eq__ = __eq__

    if order:
        def comparison(name, op):
            def compare(self, other):
                if other.__class__ is self.__class__:
                    return op(_key(self), _key(other))
                return NotImplemented
            compare.__name__ = name
            return compare
        for name, op in (("__lt__", lambda a, b: a < b), ("__le__", lambda a, b: a <= b),
                         ("__gt__", lambda a, b: a > b), ("__ge__", lambda a, b: a >= b)):
            if name in cls.__dict__:
                raise TypeError(f"Cannot overwrite attribute {name} in class {cls.__name__}. "
                                f"Consider using functools.total_ordering")
            setattr(cls, name, comparison(name, op))

    if frozen:
        def __setattr__(self, name, value):
            if type(self) is cls or name in all_fields:
                raise FrozenInstanceError(f"cannot assign to field {name!r}")
            object.__setattr__(self, name, value)

        def __delattr__(self, name):
            if type(self) is cls or name in all_fields:
                raise FrozenInstanceError(f"cannot delete field {name!r}")
            object.__delattr__(self, name)
        cls.__setattr__ = __setattr__
        cls.__delattr__ = __delattr__

    hashed = [f.name for f in fields_list if (f.compare if f.hash is None else f.hash)]
    has_own_hash = "__hash__" in cls.__dict__ and cls.__dict__["__hash__"] is not None
    if unsafe_hash or (eq and frozen):
        if not has_own_hash or unsafe_hash:
            cls.__hash__ = lambda self: hash(tuple(getattr(self, n) for n in hashed))
    elif eq and not has_own_hash:
        cls.__hash__ = None

    if match_args and "__match_args__" not in cls.__dict__:
        cls.__match_args__ = tuple(f.name for f in positional)
    return cls


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False,
              frozen=False, match_args=True, kw_only=False, slots=False, weakref_slot=False):
    """Adds __init__, __repr__, __eq__ (and, as asked, ordering and hashing) from the class's
    annotated fields."""
    def wrap(cls):
        if order and not eq:
            raise ValueError("eq must be true if order is true")
        return _process(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only)
    if cls is None:
        return wrap
    return wrap(cls)


def fields(class_or_instance):
    try:
        found = class_or_instance.__dataclass_fields__
    except AttributeError:
        raise TypeError("must be called with a dataclass type or instance") from None
    return tuple(found.values())


def is_dataclass(obj):
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, "__dataclass_fields__")


def _is_instance(obj):
    return hasattr(type(obj), "__dataclass_fields__")


def asdict(obj, *, dict_factory=dict):
    if not _is_instance(obj):
        raise TypeError("asdict() should be called on dataclass instances")
    return _asdict_inner(obj, dict_factory)


def _asdict_inner(obj, dict_factory):
    if _is_instance(obj):
        return dict_factory([(f.name, _asdict_inner(getattr(obj, f.name), dict_factory))
                             for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, "_fields"):
        return type(obj)(*[_asdict_inner(v, dict_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_asdict_inner(v, dict_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_asdict_inner(k, dict_factory), _asdict_inner(v, dict_factory))
                         for k, v in obj.items())
    return __import__("copy").deepcopy(obj)


def astuple(obj, *, tuple_factory=tuple):
    if not _is_instance(obj):
        raise TypeError("astuple() should be called on dataclass instances")
    return _astuple_inner(obj, tuple_factory)


def _astuple_inner(obj, tuple_factory):
    if _is_instance(obj):
        return tuple_factory([_astuple_inner(getattr(obj, f.name), tuple_factory) for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, "_fields"):
        return type(obj)(*[_astuple_inner(v, tuple_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_astuple_inner(v, tuple_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_astuple_inner(k, tuple_factory), _astuple_inner(v, tuple_factory))
                         for k, v in obj.items())
    return __import__("copy").deepcopy(obj)


def replace(obj, /, **changes):
    if not _is_instance(obj):
        raise TypeError("replace() should be called on dataclass instances")
    for f in fields(obj):
        if not f.init:
            if f.name in changes:
                raise ValueError(f"field {f.name} is declared with init=False, it cannot be "
                                 f"specified with replace()")
            continue
        if f.name not in changes:
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, **options):
    ns = dict(namespace or {})
    annotations = {}
    for item in fields:
        if isinstance(item, str):
            annotations[item] = "typing.Any"
        elif len(item) == 2:
            annotations[item[0]] = item[1]
        else:
            annotations[item[0]] = item[1]
            ns[item[0]] = item[2]
    ns["__annotations__"] = annotations
    return dataclass(type(cls_name, bases, ns), **options)
