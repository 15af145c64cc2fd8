# Circular imports: a module sees its partner partially initialised.
import alpha
print(alpha.describe())
print(alpha.beta.from_alpha_at_import)
try:
    import gamma
except ImportError as e:
    print("ImportError:", e)
    print(e.name, e.path is not None)
import sys
print("gamma" in sys.modules, "delta" in sys.modules)
try:
    import epsilon
except AttributeError as e:
    print("AttributeError:", e)
