import_free = True
for arg in ((), (0,), (3,), ("message",), (1, 2)):
    e = SystemExit(*arg)
    print(repr(e), e.code)
try:
    raise SystemExit(7)
except SystemExit as e:
    print("caught exit", e.code)
try:
    raise KeyboardInterrupt
except Exception:
    print("not here")
except BaseException as e:
    print("base caught", type(e).__name__)
raise SystemExit("bye from program")
