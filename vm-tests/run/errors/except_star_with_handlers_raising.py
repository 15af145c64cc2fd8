try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), KeyError(3)])
    except* ValueError:
        print("value handler")
    except* TypeError as g:
        print("type handler, re-raising", g.exceptions)
        raise
except* KeyError as g:
    print("outer key", g.exceptions)
except* TypeError as g:
    print("outer type", g.exceptions)
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError("new from value handler")
    except* TypeError:
        raise IndexError("new from type handler")
except ExceptionGroup as g:
    print(repr(g.message), [type(e).__name__ for e in g.exceptions])
