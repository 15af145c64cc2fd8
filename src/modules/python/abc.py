"""Abstract base classes (CPython's abc, written for minivm): ABCMeta refuses to instantiate a
class while abstract methods remain, with CPython 3.12's message."""

__all__ = ["ABC", "ABCMeta", "abstractmethod", "abstractclassmethod", "abstractstaticmethod",
           "abstractproperty", "get_cache_token"]


def abstractmethod(funcobj):
    funcobj.__isabstractmethod__ = True
    return funcobj


def abstractclassmethod(callable):
    callable.__isabstractmethod__ = True
    return classmethod(callable)


def abstractstaticmethod(callable):
    callable.__isabstractmethod__ = True
    return staticmethod(callable)


def abstractproperty(fget=None, fset=None, fdel=None, doc=None):
    if fget is not None:
        fget.__isabstractmethod__ = True
    return property(fget, fset, fdel, doc)


def _is_abstract(value):
    if getattr(value, "__isabstractmethod__", False):
        return True
    if isinstance(value, property):
        return getattr(value.fget, "__isabstractmethod__", False)
    if isinstance(value, (classmethod, staticmethod)):
        return getattr(value.__func__, "__isabstractmethod__", False)
    return False


class ABCMeta(type):
    """A metaclass that tracks abstract methods and virtual subclasses."""

    def __new__(mcls, name, bases, namespace, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        abstracts = {n for n, v in namespace.items() if _is_abstract(v)}
        for base in bases:
            for n in getattr(base, "__abstractmethods__", ()):
                if _is_abstract(getattr(cls, n, None)):
                    abstracts.add(n)
        cls.__abstractmethods__ = frozenset(abstracts)
        cls._abc_registry = []
        return cls

    def __call__(cls, *args, **kwargs):
        missing = sorted(cls.__abstractmethods__)
        if missing:
            s = "s" if len(missing) > 1 else ""
            names = ", ".join(f"'{m}'" for m in missing)
            raise TypeError(f"Can't instantiate abstract class {cls.__name__} without an "
                            f"implementation for abstract method{s} {names}")
        return super().__call__(*args, **kwargs)

    def register(cls, subclass):
        cls._abc_registry.append(subclass)
        return subclass

    def __instancecheck__(cls, instance):
        return cls.__subclasscheck__(type(instance))

    def __subclasscheck__(cls, subclass):
        if cls in getattr(subclass, "__mro__", ()):
            return True
        if any(issubclass(subclass, r) for r in cls._abc_registry):
            return True
        # A class registered with a subclass is a virtual subclass of this class too
        # (int, registered with numbers.Integral, is a numbers.Rational).
        return any(issubclass(subclass, s) for s in cls.__subclasses__())


class ABC(metaclass=ABCMeta):
    """A helper class: subclass it to use ABCMeta."""
    __slots__ = ()


def get_cache_token():
    return 0
