# Sibling modules: import forms, module attributes, sys.modules caching, __main__ guards.
import sys
print("main starts", __name__)
import shapes
import shapes as sh
from shapes import Square, area_of, PI as pi_value
print(shapes is sh, shapes.__name__, sh.__package__, repr(shapes.__doc__))
print(shapes.__file__)
print(shapes)
print(type(shapes).__name__, type(shapes))
print(Square(3), area_of(Square(3)), pi_value)
import shapes  # cached: the body does not run again
print(sys.modules["shapes"] is shapes, "shapes" in sys.modules)
print(shapes.counter.bump(), shapes.counter.bump())
import counter
print(counter.count, counter is shapes.counter)
shapes.extra = 42
print(shapes.extra, getattr(shapes, "extra"), hasattr(shapes, "nothing"))
del shapes.extra
print(hasattr(shapes, "extra"))
try:
    shapes.missing
except AttributeError as e:
    print("AttributeError:", e)
try:
    del shapes.missing
except AttributeError as e:
    print("AttributeError:", e)
print(sorted(k for k in vars(counter) if not k.startswith("__")))
print(sorted(k for k in shapes.__dict__ if k.startswith("__")))
print(__name__ == "__main__", sys.modules["__main__"].__name__)
import sys as system, counter as c2
print(system is sys, c2 is counter)
print(shapes.__spec__.name, shapes.__spec__.parent == "", shapes.__spec__.origin == shapes.__file__)
print(shapes.__cached__)
if __name__ == "__main__":
    print("guarded block runs in main")
