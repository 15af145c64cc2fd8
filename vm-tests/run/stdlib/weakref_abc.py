# Weak references (_weakref and CPython's weakref), and ABCs through CPython's abc (_py_abc).
import abc
import collections.abc
import gc
import weakref


class Node:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"Node({self.name})"


n = Node("a")
r = weakref.ref(n)
print(r() is n, type(r).__name__, type(r).__module__, r.__callback__)
print(weakref.getweakrefcount(n), r == weakref.ref(n), hash(r) == hash(n))
p = weakref.proxy(n)
print(p.name, type(p).__name__)
p.name = "b"
print(n.name)
del n
gc.collect()
print(r(), repr(r).endswith("; dead>"))
try:
    p.name
except ReferenceError as e:
    print("ReferenceError:", e)
try:
    weakref.ref(3)
except TypeError as e:
    print("TypeError:", e)

values = weakref.WeakValueDictionary()
keep = Node("kept")
values["k"] = keep
values["t"] = Node("temporary")
print(sorted(values.keys()), values.get("k"), values.get("t"))


class KeyedRefLike(weakref.ref):
    __slots__ = ("key",)


kr = KeyedRefLike(keep)
kr.key = "x"
print(kr() is keep, kr.key, isinstance(kr, weakref.ref))


class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self): ...

    @property
    @abc.abstractmethod
    def label(self): ...


class Square(Shape):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s * self.s

    @property
    def label(self):
        return "square"


try:
    Shape()
except TypeError as e:
    print("TypeError:", e)
print(Square(3).area(), Square(2).label, isinstance(Square(1), Shape), Shape.__abstractmethods__)


class Registered:
    pass


Shape.register(Registered)
print(issubclass(Registered, Shape), isinstance(Registered(), Shape))
print(isinstance({}, collections.abc.Mapping), isinstance([], collections.abc.MutableSequence))
print(isinstance((), collections.abc.Sequence), issubclass(str, collections.abc.Hashable))
print(isinstance(iter([]), collections.abc.Iterator), isinstance(3, collections.abc.Iterable))


class Sized:
    def __len__(self):
        return 0


print(issubclass(Sized, collections.abc.Sized), isinstance(Sized(), collections.abc.Container))
