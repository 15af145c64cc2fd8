def risky():
    raise ExceptionGroup("many", [ValueError("v1"), TypeError("t1"), ValueError("v2")])


try:
    risky()
except* ValueError as eg:
    print("values:", [str(e) for e in eg.exceptions])
except* TypeError as eg:
    print("types:", [str(e) for e in eg.exceptions])

try:
    try:
        raise ExceptionGroup("g", [KeyError("k"), OSError("o")])
    except* KeyError:
        print("handled key")
except* OSError as rest:
    print("rest:", repr(rest.exceptions[0]))
