def load():
    try:
        return {}["config"]
    except KeyError:
        return int("x")
def start():
    try:
        load()
    except ValueError as e:
        raise RuntimeError("startup failed") from e
start()
