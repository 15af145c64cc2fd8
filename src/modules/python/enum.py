"""Enumerations for minivm (CPython's enum, written afresh): Enum, IntEnum, StrEnum, Flag,
IntFlag, auto and unique, with the reprs, lookups and errors CPython 3.12 gives."""

__all__ = ["EnumType", "EnumMeta", "Enum", "IntEnum", "StrEnum", "Flag", "IntFlag", "auto", "unique"]


class auto:
    """A member value chosen by _generate_next_value_ (by default, the last int + 1)."""

    _counter = 0

    def __init__(self, value=None):
        self.value = value
        auto._counter += 1
        self._order = auto._counter

    def __repr__(self):
        return "auto(%r)" % self.value


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == "__" and name[2] != "_" and name[-3] != "_"


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == "_" and name[1] != "_" and name[-2] != "_"


def _is_descriptor(obj):
    if isinstance(obj, (property, classmethod, staticmethod)):
        return True
    return (hasattr(obj, "__get__") or hasattr(obj, "__set__") or hasattr(obj, "__delete__")
            or callable(obj) and not isinstance(obj, auto))


class EnumType(type):
    """The metaclass: turns the class body's plain attributes into members."""

    def __new__(metacls, cls, bases, classdict, **kwds):
        members = []
        body = {}
        for key, value in classdict.items():
            if _is_dunder(key) or _is_sunder(key) or _is_descriptor(value) or key.startswith("_"):
                body[key] = value
            else:
                members.append((key, value))
        enum_class = super().__new__(metacls, cls, bases, body, **kwds)
        enum_class._member_names_ = []
        enum_class._member_map_ = {}
        enum_class._value2member_map_ = {}
        member_type = object
        for base in enum_class.__mro__[1:]:
            if base is object or isinstance(base, EnumType):
                continue
            member_type = base
            break
        enum_class._member_type_ = member_type
        # A mixed-in type's repr would hide the member: Enum's repr applies unless the class
        # body defines its own.
        base_enum = globals().get("Enum")
        if base_enum is not None and "__repr__" not in classdict and member_type is not object:
            if getattr(enum_class, "__repr__") is getattr(member_type, "__repr__"):
                type.__setattr__(enum_class, "__repr__", base_enum.__dict__["__repr__"])
        last_values = []
        for name, value in members:
            if isinstance(value, auto):
                if value.value is None:
                    value.value = enum_class._generate_next_value_(name, 1, len(last_values), last_values[:])
                value = value.value
            last_values.append(value)
            enum_class._add_member_(name, value)
        return enum_class

    def _add_member_(cls, name, value):
        if name in cls._member_map_:
            raise TypeError(f"'{name}' already defined as {cls._member_map_[name]!r}")
        args = value if isinstance(value, tuple) else (value,)
        # A `__new__` of the class body's own makes the members (and may set `_value_`).
        own_new = cls.__dict__.get("__new__")
        if own_new is not None:
            member = getattr(own_new, "__func__", own_new)(cls, *args)
        elif cls._member_type_ is object:
            member = object.__new__(cls)
        else:
            member = cls._member_type_.__new__(cls, *args)
        member._name_ = name
        if own_new is None or not hasattr(member, "_value_"):
            member._value_ = value if cls._member_type_ is object else (
                cls._member_type_(*args) if not isinstance(value, tuple) else value)
        init = cls.__dict__.get("__init__")
        if init is not None:
            init(member, *args)
        for existing in cls._member_map_.values():
            if existing._value_ == member._value_:
                # An alias: the name stands for the earlier member.
                type.__setattr__(cls, name, existing)
                cls._member_map_[name] = existing
                return
        type.__setattr__(cls, name, member)
        cls._member_names_.append(name)
        cls._member_map_[name] = member
        try:
            cls._value2member_map_[member._value_] = member
        except TypeError:
            pass

    def __call__(cls, value, *args, **kwds):
        if args or kwds or not cls._member_map_ and cls._member_type_ is not object:
            return type.__call__(cls, value, *args, **kwds)
        if isinstance(value, cls):
            return value
        try:
            return cls._value2member_map_[value]
        except (KeyError, TypeError):
            for member in cls._member_map_.values():
                if member._value_ == value:
                    return member
        missing = cls._missing_(value)
        if isinstance(missing, cls):
            return missing
        raise ValueError(f"{value!r} is not a valid {cls.__qualname__}")

    def __iter__(cls):
        return iter([cls._member_map_[name] for name in cls._member_names_])

    def __reversed__(cls):
        return iter([cls._member_map_[name] for name in reversed(cls._member_names_)])

    def __len__(cls):
        return len(cls._member_names_)

    def __contains__(cls, value):
        if isinstance(value, cls):
            return True
        return any(m._value_ == value for m in cls._member_map_.values())

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __bool__(cls):
        return True

    @property
    def __members__(cls):
        return dict(cls._member_map_)

    def __repr__(cls):
        if issubclass(cls, Flag) and cls is not Flag:
            return f"<flag '{cls.__name__}'>"
        return f"<enum '{cls.__name__}'>"

    def __setattr__(cls, name, value):
        if name in cls.__dict__.get("_member_map_", {}):
            raise AttributeError(f"cannot reassign member '{name}'")
        type.__setattr__(cls, name, value)

    def __delattr__(cls, name):
        if name in cls.__dict__.get("_member_map_", {}):
            raise AttributeError(f"cannot delete member '{name}'")
        type.__delattr__(cls, name)


EnumMeta = EnumType


class Enum(metaclass=EnumType):
    """A set of named constants."""

    @classmethod
    def _convert_(cls, name, module, filter, source=None, *, boundary=None, as_global=False):
        """A new enum `name` in `module` from the names there (or in `source`) that `filter`
        accepts, ordered by value (`signal.Signals` is made this way)."""
        import sys
        module_globals = sys.modules[module].__dict__
        names = vars(source) if source else module_globals
        members = sorted(((k, v) for k, v in names.items() if filter(k)), key=lambda kv: (kv[1], kv[0]))
        body = dict(members)
        body["__module__"] = module
        body["__qualname__"] = name
        enum_class = type(cls)(name, (cls,), body)
        if as_global:
            global_enum(enum_class)
        else:
            module_globals.update(enum_class.__members__)
        module_globals[name] = enum_class
        return enum_class

    def _generate_next_value_(name, start, count, last_values):
        for value in reversed(last_values):
            if isinstance(value, int):
                return value + 1
        return start

    @classmethod
    def _missing_(cls, value):
        return None

    @property
    def name(self):
        return self._name_

    @property
    def value(self):
        return self._value_

    def __repr__(self):
        shown = self._member_type_.__repr__(self._value_) if self._member_type_ is not object else repr(self._value_)
        if self._name_ is None:
            return f"<{type(self).__name__}: {shown}>"
        return f"<{type(self).__name__}.{self._name_}: {shown}>"

    def __str__(self):
        return f"{type(self).__name__}.{self._name_}"

    def __format__(self, spec):
        return format(str(self), spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return type(self), (self._value_,)

    def __deepcopy__(self, memo):
        return self

    def __copy__(self):
        return self

    def __dir__(self):
        return ["__class__", "__doc__", "__module__", "name", "value"]


class ReprEnum(Enum):
    """Members whose str() and format() are those of the mixed-in type."""


class IntEnum(int, ReprEnum):
    """Members that are ints."""

    def __str__(self):
        return int.__repr__(self._value_)

    def __format__(self, spec):
        return format(self._value_, spec)


class StrEnum(str, ReprEnum):
    """Members that are strs."""

    def _generate_next_value_(name, start, count, last_values):
        return name.lower()

    def __str__(self):
        return self._value_

    def __format__(self, spec):
        return format(self._value_, spec)


class Flag(Enum):
    """Members that combine with |, & and ^."""

    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return 1
        high = max(v for v in last_values if isinstance(v, int))
        return 1 << high.bit_length() if high else 1

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            return None
        known = 0
        for m in cls._member_map_.values():
            known |= m._value_
        if value & ~known:
            return None
        pseudo = object.__new__(cls) if cls._member_type_ is object else cls._member_type_.__new__(cls, value)
        names = [m._name_ for m in cls if m._value_ & value == m._value_ and m._value_]
        pseudo._name_ = "|".join(names) if names else None
        pseudo._value_ = value
        cls._value2member_map_[value] = pseudo
        return pseudo

    def __or__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return type(self)(self._value_ | other._value_)

    def __and__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return type(self)(self._value_ & other._value_)

    def __xor__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return type(self)(self._value_ ^ other._value_)

    def __contains__(self, other):
        return other._value_ & self._value_ == other._value_

    def __bool__(self):
        return bool(self._value_)

    def __iter__(self):
        return iter([m for m in type(self) if m._value_ and m._value_ & self._value_ == m._value_])

    def __len__(self):
        return len(list(iter(self)))

    def __repr__(self):
        return f"<{type(self).__name__}.{self._name_}: {self._value_!r}>"

    def __str__(self):
        return f"{type(self).__name__}.{self._name_}"


class IntFlag(int, ReprEnum, Flag):
    """Flags that are ints."""

    def __str__(self):
        return int.__repr__(self._value_)

    def __format__(self, spec):
        return format(self._value_, spec)

    @classmethod
    def _missing_(cls, value):
        # IntFlag keeps bits no member names (CPython's KEEP boundary).
        if not isinstance(value, int):
            return None
        pseudo = int.__new__(cls, value)
        names = [m._name_ for m in cls if m._value_ and m._value_ & value == m._value_]
        known = 0
        for m in cls:
            known |= m._value_
        if value & ~known and names:
            names.append(str(value & ~known))
        pseudo._name_ = "|".join(names) if names else None
        pseudo._value_ = value
        return pseudo

    # int's operators would come first in the MRO; these keep the flag type.
    def __or__(self, other):
        if isinstance(other, int) and not (isinstance(other, Flag) and not isinstance(other, type(self))):
            return type(self)(self._value_ | int(other))
        return NotImplemented

    def __and__(self, other):
        if isinstance(other, int) and not (isinstance(other, Flag) and not isinstance(other, type(self))):
            return type(self)(self._value_ & int(other))
        return NotImplemented

    def __xor__(self, other):
        if isinstance(other, int) and not (isinstance(other, Flag) and not isinstance(other, type(self))):
            return type(self)(self._value_ ^ int(other))
        return NotImplemented

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        # Within the bits the members span, as CPython's KEEP boundary inverts.
        all_bits = (1 << max((m._value_ for m in type(self)), default=0).bit_length()) - 1
        return type(self)(self._value_ ^ all_bits)


def unique(enumeration):
    """Raises ValueError if any member is an alias of another."""
    duplicates = [(name, member.name) for name, member in enumeration.__members__.items()
                  if name != member.name]
    if duplicates:
        details = ", ".join(f"{alias} -> {name}" for alias, name in duplicates)
        raise ValueError(f"duplicate values found in {enumeration!r}: {details}")
    return enumeration


# How a Flag treats bits no member names (CPython's FlagBoundary); minivm keeps the names.
STRICT, CONFORM, EJECT, KEEP = "strict", "conform", "eject", "keep"


def _simple_enum(etype=Enum, *, boundary=None, use_args=None):
    """Makes the decorated plain class an enum of type `etype` (used by CPython's `re`)."""

    def convert_class(cls):
        body = {k: v for k, v in cls.__dict__.items() if k not in ("__dict__", "__weakref__")}
        enum_class = type(etype)(cls.__name__, (etype,), body)
        type.__setattr__(enum_class, "_boundary_", boundary)
        return enum_class

    return convert_class


def _global_flag_repr(self):
    module = type(self).__module__.split(".")[-1]
    if self._name_ is None:
        return f"{module}.{type(self).__name__}({self._value_!r})"
    return "|".join(f"{module}.{name}" for name in self._name_.split("|"))


def _global_enum_repr(self):
    module = type(self).__module__.split(".")[-1]
    return f"{module}.{self._name_}"


def global_enum(cls, update_str=False):
    """Shows members as `module.NAME` and puts them in their module's namespace."""
    import sys
    type.__setattr__(cls, "__repr__", _global_flag_repr if issubclass(cls, Flag) else _global_enum_repr)
    if not issubclass(cls, ReprEnum) or update_str:
        type.__setattr__(cls, "__str__", _global_enum_repr)
    elif cls.__dict__.get("__str__") is object.__str__:
        # `__str__ = object.__str__` (as re.RegexFlag says): the repr, spelled out.
        type.__setattr__(cls, "__str__", lambda self: repr(self))
    sys.modules[cls.__module__].__dict__.update(cls.__members__)
    return cls
