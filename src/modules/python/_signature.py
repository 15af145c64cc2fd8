"""Binding call arguments to parameter names with CPython's messages, for the classes minivm's
Python modules build at run time (namedtuple, dataclasses), which cannot compile code."""


def _names_text(names):
    quoted = [f"'{n}'" for n in names]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return f"{quoted[0]} and {quoted[1]}"
    return ", ".join(quoted[:-1]) + f", and {quoted[-1]}"


def bind(qualname, params, defaults, args, kwargs, kwonly=()):
    """The values for `params` (positional-or-keyword) and `kwonly`, from `args` and `kwargs`;
    `defaults` maps names to default values. Raises TypeError as a def'd function would."""
    nparams = len(params)
    if len(args) > nparams:
        takes = nparams + 1
        given = len(args) + 1
        npos_defaults = sum(1 for p in params if p in defaults)
        if npos_defaults:
            raise TypeError(f"{qualname}() takes from {takes - npos_defaults} to {takes} positional "
                            f"arguments but {given} were given")
        raise TypeError(f"{qualname}() takes {takes} positional argument{'s' if takes != 1 else ''} "
                        f"but {given} {'were' if given != 1 else 'was'} given")
    values = dict(zip(params, args))
    for name, value in kwargs.items():
        if name in values:
            raise TypeError(f"{qualname}() got multiple values for argument '{name}'")
        if name not in params and name not in kwonly:
            raise TypeError(f"{qualname}() got an unexpected keyword argument '{name}'")
        values[name] = value
    missing = [p for p in params if p not in values and p not in defaults]
    if missing:
        s = "s" if len(missing) > 1 else ""
        raise TypeError(f"{qualname}() missing {len(missing)} required positional argument{s}: "
                        f"{_names_text(missing)}")
    missing = [p for p in kwonly if p not in values and p not in defaults]
    if missing:
        s = "s" if len(missing) > 1 else ""
        raise TypeError(f"{qualname}() missing {len(missing)} required keyword-only argument{s}: "
                        f"{_names_text(missing)}")
    for p in list(params) + list(kwonly):
        if p not in values:
            values[p] = defaults[p]
    return values
