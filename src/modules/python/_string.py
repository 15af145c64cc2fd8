"""minivm's `_string` (CPython's is C): the format-string parser under `string.Formatter`,
written in Python here."""


def formatter_parser(format_string, /):
    """Yields (literal_text, field_name, format_spec, conversion) for each replacement field,
    as `str.format` reads them; a trailing literal comes with None for the rest."""
    if not isinstance(format_string, str):
        raise TypeError(f"expected str, got {type(format_string).__name__}")
    return iter(_parse(format_string))


def _parse(s):
    out = []
    literal = []
    i, n = 0, len(s)
    while i < n:
        c = s[i]
        if c == "}":
            if i + 1 < n and s[i + 1] == "}":
                # An escaped brace ends a literal chunk, as CPython's parser yields them.
                literal.append("}")
                out.append(("".join(literal), None, None, None))
                literal = []
                i += 2
                continue
            raise ValueError("Single '}' encountered in format string")
        if c != "{":
            literal.append(c)
            i += 1
            continue
        if i + 1 < n and s[i + 1] == "{":
            literal.append("{")
            out.append(("".join(literal), None, None, None))
            literal = []
            i += 2
            continue
        # A replacement field: find its end, counting nested braces in the spec.
        depth, j = 1, i + 1
        while j < n and depth:
            if s[j] == "{":
                depth += 1
            elif s[j] == "}":
                depth -= 1
            j += 1
        if depth:
            if "}" not in s[i + 1:]:
                raise ValueError("expected '}' before end of string")
            raise ValueError("unmatched '{' in format spec")
        field = s[i + 1:j - 1]
        name, conversion, spec = _split_field(field)
        out.append(("".join(literal), name, spec, conversion))
        literal = []
        i = j
    if literal:
        out.append(("".join(literal), None, None, None))
    return out


def _split_field(field):
    # The name ends at the first '!' or ':' outside brackets.
    k, bracket = 0, False
    while k < len(field):
        ch = field[k]
        if ch == "[":
            bracket = True
        elif ch == "]":
            bracket = False
        elif not bracket and ch in "!:":
            break
        k += 1
    name, rest = field[:k], field[k:]
    conversion = None
    if rest.startswith("!"):
        if len(rest) < 2:
            raise ValueError("end of string while looking for conversion specifier")
        conversion = rest[1]
        rest = rest[2:]
        if rest and not rest.startswith(":"):
            raise ValueError("expected ':' after conversion specifier")
    spec = rest[1:] if rest.startswith(":") else ""
    return name, conversion, spec


def formatter_field_name_split(field_name, /):
    """Splits 'a.b[0]' into ('a', iterator of (True, 'b'), (False, 0)); a first part of
    digits is an int."""
    if not isinstance(field_name, str):
        raise TypeError(f"expected str, got {type(field_name).__name__}")
    i, n = 0, len(field_name)
    while i < n and field_name[i] not in ".[":
        i += 1
    first = field_name[:i]
    if first.isdigit():
        first = int(first)
    rest = []
    while i < n:
        if field_name[i] == ".":
            j = i + 1
            while j < n and field_name[j] not in ".[":
                j += 1
            attr = field_name[i + 1:j]
            if not attr:
                raise ValueError("Empty attribute in format string")
            rest.append((True, attr))
            i = j
        else:
            j = field_name.find("]", i)
            if j < 0:
                raise ValueError("Missing ']' in format string")
            key = field_name[i + 1:j]
            if not key:
                raise ValueError("Empty attribute in format string")
            rest.append((False, int(key) if key.isdigit() else key))
            i = j + 1
            if i < n and field_name[i] not in ".[":
                raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
    return first, iter(rest)
