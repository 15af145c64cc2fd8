for f in [lambda: b"a" + "b", lambda: b"abc"[5], lambda: bytes([256]), lambda: b"\xff".decode()]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
