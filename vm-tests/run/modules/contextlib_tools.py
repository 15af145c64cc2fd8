from contextlib import contextmanager, suppress, closing, nullcontext, redirect_stdout, ExitStack
import io

@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")

with tag("p") as t:
    print("inside", t)

try:
    with tag("div"):
        raise ValueError("boom")
except ValueError as e:
    print("caught", e)

@contextmanager
def swallow():
    try:
        yield
    except KeyError as e:
        print("swallowed", e)

with swallow():
    {}["missing"]
print("after swallow")

@tag("decorated")
def work():
    print("working")
work()

with suppress(ZeroDivisionError, KeyError):
    1 / 0
print("suppressed")

class Resource:
    def close(self):
        print("closed")
with closing(Resource()) as r:
    print("using", type(r).__name__)
with nullcontext(5) as v:
    print("null", v)
buf = io.StringIO()
with redirect_stdout(buf):
    print("captured")
print("buffer:", repr(buf.getvalue()))
with ExitStack() as stack:
    stack.callback(print, "callback 1")
    stack.enter_context(tag("span"))
    stack.callback(print, "callback 2")
    print("in stack")

@contextmanager
def no_yield():
    if False:
        yield
try:
    with no_yield():
        pass
except RuntimeError as e:
    print("RuntimeError", e)
