# Frames as objects: sys._getframe() and a traceback's tb_frame.
import sys


def where():
    f = sys._getframe(1)
    return f"{f.f_code.co_name}:{f.f_lineno}"


def inner(a, b=2):
    here = sys._getframe()
    print(here.f_code.co_name, sys._getframe().f_lineno, type(here).__name__)
    caller = here.f_back
    print(caller.f_code.co_name, caller.f_lineno, sorted(caller.f_locals), caller.f_locals["x"])
    print(caller.f_back.f_code.co_name, caller.f_back.f_back)
    print(here.f_globals is globals(), here.f_builtins["len"] is len, sorted(sys._getframe().f_locals))
    return where()


def outer():
    x = 41
    return inner(x)


print(outer(), where())
print(sys._getframe().f_code.co_filename.endswith("frame_objects.py"), sys._getframe().f_back)
print(sys._getframe(-1).f_code.co_name)
try:
    sys._getframe(5)
except ValueError as e:
    print("ValueError:", e)


def fail():
    return {}["missing"]


try:
    fail()
except KeyError as e:
    tb = e.__traceback__
    frames = []
    while tb is not None:
        frames.append((tb.tb_frame.f_code.co_name, tb.tb_lineno, tb.tb_frame.f_globals is globals()))
        tb = tb.tb_next
    print(frames)
    print(type(e.__traceback__.tb_frame).__name__, e.__traceback__.tb_frame.f_locals is globals())
