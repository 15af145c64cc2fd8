"""The registry half of minivm's native `_codecs` module (src/modules/codecs.rs), in Python:
search functions and error handlers are lists and dicts of Python callables, so they are kept
and called here.
"""

_search_functions = []
_cache = {}


def _normalize(encoding):
    # As CPython's codec registry: lower case, spaces to underscores.
    return encoding.lower().replace(" ", "_")


def register(search_function, /):
    """Registers a codec search function: it takes a normalized encoding name and returns a
    CodecInfo or None."""
    if not callable(search_function):
        raise TypeError("argument must be callable")
    _search_functions.append(search_function)


def unregister(search_function, /):
    if search_function in _search_functions:
        _search_functions.remove(search_function)
        _cache.clear()


def lookup(encoding, /):
    """The CodecInfo of `encoding`, from the first search function that knows it."""
    if not isinstance(encoding, str):
        raise TypeError(f"lookup() argument must be str, not {type(encoding).__name__}")
    name = _normalize(encoding)
    if name in _cache:
        return _cache[name]
    for search in _search_functions:
        info = search(name)
        if info is not None:
            if not isinstance(info, tuple) or len(info) != 4:
                raise TypeError("codec search functions must return 4-tuples")
            _cache[name] = info
            return info
    raise LookupError(f"unknown encoding: {encoding}")


def _forget_codec(encoding, /):
    _cache.pop(_normalize(encoding), None)


def encode(obj, encoding="utf-8", errors="strict"):
    result = lookup(encoding)[0](obj, errors)
    if not isinstance(result, tuple) or len(result) != 2:
        raise TypeError("encoder must return a tuple (object, integer)")
    return result[0]


def decode(obj, encoding="utf-8", errors="strict"):
    result = lookup(encoding)[1](obj, errors)
    if not isinstance(result, tuple) or len(result) != 2:
        raise TypeError("decoder must return a tuple (object,integer)")
    return result[0]


def strict_errors(exc, /):
    if isinstance(exc, BaseException):
        raise exc
    raise TypeError("codec must pass exception instance")


def ignore_errors(exc, /):
    if isinstance(exc, (UnicodeEncodeError, UnicodeDecodeError, UnicodeTranslateError)):
        return ("", exc.end)
    raise TypeError(f"don't know how to handle {type(exc).__name__} in error callback")


def replace_errors(exc, /):
    if isinstance(exc, UnicodeEncodeError) or isinstance(exc, UnicodeTranslateError):
        fill = "?" if isinstance(exc, UnicodeEncodeError) else "\ufffd"
        return (fill * (exc.end - exc.start), exc.end)
    if isinstance(exc, UnicodeDecodeError):
        return ("\ufffd", exc.end)
    raise TypeError(f"don't know how to handle {type(exc).__name__} in error callback")


_error_handlers = {"strict": strict_errors, "ignore": ignore_errors, "replace": replace_errors}


def register_error(errors, handler, /):
    if not callable(handler):
        raise TypeError("handler must be callable")
    _error_handlers[errors] = handler


def lookup_error(name, /):
    try:
        return _error_handlers[name]
    except KeyError:
        raise LookupError(f"unknown error handler name '{name}'") from None
