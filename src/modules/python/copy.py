"""Shallow and deep copies (CPython's copy module, written for minivm)."""

__all__ = ["Error", "copy", "deepcopy", "replace"]


class Error(Exception):
    pass


error = Error

_atomic = (type(None), int, float, bool, complex, str, bytes, type, range, type(len),
           type(Ellipsis), type(NotImplemented), frozenset)


def copy(x):
    """A shallow copy: a new container with the same items."""
    cls = type(x)
    if cls in _atomic or callable(x) and cls.__name__ in ("function", "builtin_function_or_method"):
        return x
    hook = getattr(cls, "__copy__", None)
    if hook is not None:
        return hook(x)
    if cls is list:
        return x[:]
    if cls is dict:
        return dict(x)
    if cls is set:
        return set(x)
    if cls is tuple:
        return x
    if cls is bytearray:
        return bytearray(x)
    return _reconstruct(x, None)


def deepcopy(x, memo=None, _nil=[]):
    """A deep copy: containers and instances copied all the way down, sharing preserved."""
    if memo is None:
        memo = {}
    d = id(x)
    found = memo.get(d, _nil)
    if found is not _nil:
        return found
    cls = type(x)
    if cls in _atomic or cls.__name__ in ("function", "builtin_function_or_method"):
        return x
    if cls is list:
        y = []
        memo[d] = y
        for item in x:
            y.append(deepcopy(item, memo))
    elif cls is dict:
        y = {}
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif cls is tuple:
        items = [deepcopy(item, memo) for item in x]
        if d in memo:
            return memo[d]
        y = x if all(a is b for a, b in zip(items, x)) else tuple(items)
    elif cls is set:
        y = {deepcopy(item, memo) for item in x}
    elif cls is bytearray:
        y = bytearray(x)
    else:
        hook = getattr(x, "__deepcopy__", None)
        if hook is not None:
            y = hook(memo)
        else:
            y = _reconstruct(x, memo)
    memo[d] = y
    _keep_alive(x, memo)
    return y


def _keep_alive(x, memo):
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _reconstruct(x, memo):
    """A new instance of x's class with x's state (its __dict__), copied deeply if memo."""
    cls = type(x)
    if isinstance(x, tuple):
        items = tuple(x) if memo is None else tuple(deepcopy(i, memo) for i in x)
        y = tuple.__new__(cls, items)
    elif isinstance(x, list):
        y = cls.__new__(cls)
        list.extend(y, x if memo is None else [deepcopy(i, memo) for i in x])
    elif isinstance(x, dict):
        y = cls.__new__(cls)
        for k, v in x.items():
            dict.__setitem__(y, k, v if memo is None else deepcopy(v, memo))
    else:
        y = object.__new__(cls)
    if memo is not None:
        memo[id(x)] = y
    state = getattr(x, "__dict__", None)
    if state:
        if memo is not None:
            state = deepcopy(state, memo)
        setstate = getattr(y, "__setstate__", None)
        if setstate is not None and hasattr(cls, "__setstate__"):
            setstate(state)
        else:
            for k, v in state.items():
                object.__setattr__(y, k, v)
    slots = []
    for klass in cls.__mro__:
        slots.extend(getattr(klass, "__slots__", ()) if not isinstance(getattr(klass, "__slots__", ()), str) else [klass.__slots__])
    for name in slots:
        if name in ("__dict__", "__weakref__"):
            continue
        if hasattr(x, name):
            value = getattr(x, name)
            object.__setattr__(y, name, value if memo is None else deepcopy(value, memo))
    return y


def replace(obj, /, **changes):
    cls = type(obj)
    hook = getattr(cls, "__replace__", None)
    if hook is None:
        raise TypeError(f"replace() does not support {cls.__name__} objects")
    return hook(obj, **changes)
