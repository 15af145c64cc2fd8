def load(name):
    try:
        return {"a": 1}[name]
    except KeyError as e:
        raise LookupError(f"no such entry: {name}") from e
load("zz")
