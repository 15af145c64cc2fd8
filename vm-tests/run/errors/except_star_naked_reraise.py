try:
    try:
        raise ValueError("plain")
    except* ValueError:
        print("in handler")
        raise
except ExceptionGroup as eg:
    print("caught", repr(eg))

try:
    raise TypeError("bare")
except* ValueError:
    print("not here")
except* TypeError as eg:
    print("type handler", eg.exceptions)
    raise RuntimeError("from star") from None
