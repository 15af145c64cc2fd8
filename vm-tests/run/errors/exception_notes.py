e = ValueError("bad value")
print(hasattr(e, "__notes__"))
e.add_note("first note")
e.add_note("second note")
print(e.__notes__)
try:
    e.add_note(5)
except TypeError as err:
    print("TypeError:", err)
def load(path):
    try:
        raise KeyError(path)
    except KeyError as err:
        err.add_note(f"while loading {path!r}")
        raise
try:
    load("cfg")
except KeyError as err:
    print(err.__notes__)
def fail():
    err = RuntimeError("with notes")
    err.add_note("check the config")
    err.add_note("then retry")
    raise err
fail()
