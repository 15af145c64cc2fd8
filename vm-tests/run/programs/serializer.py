def escape(s):
    out = ['"']
    for ch in s:
        code = ord(ch)
        if ch == '"':
            out.append('\\"')
        elif ch == "\\":
            out.append("\\\\")
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif code < 0x20:
            out.append(f"\\u{code:04x}")
        elif code > 0x7E:
            if code > 0xFFFF:
                code -= 0x10000
                out.append(f"\\u{0xD800 + (code >> 10):04x}\\u{0xDC00 + (code & 0x3FF):04x}")
            else:
                out.append(f"\\u{code:04x}")
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def dumps(value, indent=None, level=0, sort_keys=False):
    pad = "" if indent is None else "\n" + " " * (indent * (level + 1))
    end = "" if indent is None else "\n" + " " * (indent * level)
    sep = "," if indent is not None else ", "
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            raise ValueError(f"cannot encode {value!r}")
        return repr(value)
    if isinstance(value, str):
        return escape(value)
    if isinstance(value, (list, tuple)):
        if not value:
            return "[]"
        items = [pad + dumps(v, indent, level + 1, sort_keys) for v in value]
        return "[" + sep.join(items) + end + "]"
    if isinstance(value, dict):
        if not value:
            return "{}"
        keys = sorted(value) if sort_keys else list(value)
        items = []
        for k in keys:
            if not isinstance(k, str):
                raise TypeError(f"keys must be str, not {type(k).__name__}")
            items.append(pad + escape(k) + ": " + dumps(value[k], indent, level + 1, sort_keys))
        return "{" + sep.join(items) + end + "}"
    raise TypeError(f"Object of type {type(value).__name__} is not serializable")


def loads(text):
    pos = [0]

    def skip():
        while pos[0] < len(text) and text[pos[0]] in " \n\t\r":
            pos[0] += 1

    def value():
        skip()
        ch = text[pos[0]]
        if ch == "{":
            pos[0] += 1
            obj = {}
            skip()
            if text[pos[0]] == "}":
                pos[0] += 1
                return obj
            while True:
                skip()
                key = string()
                skip()
                assert text[pos[0]] == ":", f"expected ':' at {pos[0]}"
                pos[0] += 1
                obj[key] = value()
                skip()
                if text[pos[0]] == ",":
                    pos[0] += 1
                    continue
                assert text[pos[0]] == "}", f"expected '}}' at {pos[0]}"
                pos[0] += 1
                return obj
        if ch == "[":
            pos[0] += 1
            arr = []
            skip()
            if text[pos[0]] == "]":
                pos[0] += 1
                return arr
            while True:
                arr.append(value())
                skip()
                if text[pos[0]] == ",":
                    pos[0] += 1
                    continue
                pos[0] += 1
                return arr
        if ch == '"':
            return string()
        for word, val in (("null", None), ("true", True), ("false", False)):
            if text.startswith(word, pos[0]):
                pos[0] += len(word)
                return val
        start = pos[0]
        while pos[0] < len(text) and text[pos[0]] in "+-0123456789.eE":
            pos[0] += 1
        num = text[start:pos[0]]
        return float(num) if any(c in num for c in ".eE") else int(num)

    def string():
        assert text[pos[0]] == '"'
        pos[0] += 1
        out = []
        while text[pos[0]] != '"':
            ch = text[pos[0]]
            if ch == "\\":
                nxt = text[pos[0] + 1]
                if nxt == "u":
                    code = int(text[pos[0] + 2:pos[0] + 6], 16)
                    pos[0] += 6
                    if 0xD800 <= code < 0xDC00:
                        low = int(text[pos[0] + 2:pos[0] + 6], 16)
                        pos[0] += 6
                        code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                    out.append(chr(code))
                    continue
                out.append({"n": "\n", "t": "\t", '"': '"', "\\": "\\", "/": "/"}[nxt])
                pos[0] += 2
            else:
                out.append(ch)
                pos[0] += 1
        pos[0] += 1
        return "".join(out)

    result = value()
    skip()
    if pos[0] != len(text):
        raise ValueError(f"extra data at {pos[0]}")
    return result


doc = {
    "name": "minivm",
    "version": [0, 1, 0],
    "ratio": 0.75,
    "tags": ["vm", "python", "rust"],
    "nested": {"empty_list": [], "empty_obj": {}, "flag": True, "nothing": None, "big": 2 ** 70},
    "text": 'quote " backslash \\ newline \n tab \t bell \x07 e-acute é snake 🐍',
    "floats": [1e16, 1.5e-7, -0.0, 3.0, 1 / 3],
}
compact = dumps(doc)
print(compact)
pretty = dumps(doc, indent=2, sort_keys=True)
print(pretty)
back = loads(pretty)
print("roundtrip equal:", back == doc, loads(compact) == doc)
print(loads('  [1, -2.5e3, "x\\u00e9", {"a": [true, false, null]}, []]  '))
for bad in [{1: "x"}, {"s": {1, 2}}, float("nan")]:
    try:
        dumps(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
try:
    loads("[1, 2] x")
except ValueError as e:
    print("ValueError:", e)
sizes = {k: len(dumps(v)) for k, v in doc.items()}
print(sorted(sizes.items(), key=lambda kv: -kv[1]))
