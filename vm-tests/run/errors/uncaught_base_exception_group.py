def f():
    raise BaseExceptionGroup("base group", [ValueError("v"), KeyboardInterrupt()])
try:
    f()
except Exception:
    print("not caught by Exception")
