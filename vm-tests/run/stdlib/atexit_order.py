# atexit: functions run newest first when the main module ends, after its traceback.
import atexit
import sys


def goodbye(name, punctuation="!"):
    print(f"goodbye {name}{punctuation}")


@atexit.register
def decorated():
    print("decorated runs last of all")


atexit.register(goodbye, "first", punctuation=".")
atexit.register(goodbye, "second")
atexit.register(goodbye, "removed")
atexit.unregister(goodbye)
atexit.register(goodbye, "third")
atexit.register(print, "print with", "two args", sep=" / ")
print(atexit._ncallbacks())


def noisy():
    print("noisy runs before the others")
    sys.stdout.flush()


atexit.register(noisy)
try:
    atexit.register(42)
except TypeError as e:
    print("TypeError:", e)
print("main module ends")
raise ValueError("uncaught, then the atexit functions run")
