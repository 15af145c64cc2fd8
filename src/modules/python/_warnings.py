"""`_warnings`, the C half of `warnings`, reduced to what `importlib` calls: `warn` and
`warn_explicit` hand over to CPython's `warnings` module. It has no `filters`, so `warnings`
itself runs its pure-Python implementation, as it does where `_warnings` is missing."""


def warn(message, category=None, stacklevel=1, source=None):
    import warnings
    warnings.warn(message, category, stacklevel + 1, source)


def warn_explicit(message, category, filename, lineno, module=None, registry=None,
                  module_globals=None, source=None):
    import warnings
    warnings.warn_explicit(message, category, filename, lineno, module, registry, module_globals, source)
