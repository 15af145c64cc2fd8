# Import errors and their messages.
import sys
try:
    import no_such_module
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name, isinstance(e, ImportError))
try:
    import no_such_package.sub
except ModuleNotFoundError as e:
    print(e, e.name)
try:
    import plain.sub
except ModuleNotFoundError as e:
    print(e, e.name)
try:
    from plain import missing_name
except ImportError as e:
    print(type(e).__name__, e.msg if hasattr(e, "msg") else "", "|", str(e).split(" (")[0], e.name)
try:
    from sys import no_such_thing
except ImportError as e:
    print(e)
try:
    import raises_on_import
except ValueError as e:
    print("ValueError:", e, "raises_on_import" in sys.modules)
try:
    import raises_on_import
except ValueError as e:
    print("again ValueError:", e)
sys.modules["blocked"] = None
try:
    import blocked
except ModuleNotFoundError as e:
    print(e)
try:
    from . import sibling
except ImportError as e:
    print(e)
import plain
print(plain.VALUE)
