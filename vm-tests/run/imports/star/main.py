# from m import *: __all__, public names, and the errors.
from public import *
print(sorted(k for k in globals() if not k.startswith("__")))
from listed import *
print(shown, also_shown, _private_listed)
try:
    hidden
except NameError as e:
    print("NameError:", e)
try:
    from badall import *
except TypeError as e:
    print("TypeError:", e)
try:
    from missingall import *
except AttributeError as e:
    print("AttributeError:", e)
import pkg
from pkg import *
print(sorted(k for k in globals() if k.startswith("sub")))
