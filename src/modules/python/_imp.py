"""`_imp`, the built-in half of the import system, as far as CPython's `importlib` needs it to
import and set itself up (`importlib._bootstrap._setup`). minivm imports with its own
importer (`src/interp/importer.rs`); this module answers `importlib`'s questions about it:
minivm's own modules count as built in, nothing is frozen, and no extension module loads."""

import sys

# Loaded now, so that `importlib._bootstrap._setup` finds them in sys.modules as it finds
# CPython's built-in modules of the same names.
import _thread  # noqa: F401
import _warnings  # noqa: F401

check_hash_based_pycs = "default"

# minivm's modules written in Python that stand for modules built into CPython.
_AS_BUILT_IN = {"_ast", "_collections", "_imp", "_thread", "_tokenize", "_warnings"}


def is_builtin(name):
    """1 for a module built into minivm (as CPython answers for its own), else 0."""
    return 1 if name in sys.builtin_module_names or name in _AS_BUILT_IN else 0


def create_builtin(spec):
    """The built-in module `spec` names, imported by minivm's importer."""
    name = spec.name
    if not is_builtin(name):
        raise ImportError(f"no built-in module named {name}", name=name)
    __import__(name)
    return sys.modules[name]


def exec_builtin(module):
    return 0


def is_frozen(name):
    return False


def is_frozen_package(name):
    raise ImportError(f"No such frozen object named {name!r}", name=name)


def find_frozen(name, withdata=False):
    return None


def get_frozen_object(name, data=None):
    raise ImportError(f"No such frozen object named {name!r}", name=name)


def init_frozen(name):
    return None


def _frozen_module_names():
    return ()


def extension_suffixes():
    """None: minivm loads no C extension modules."""
    return []


def acquire_lock():
    pass


def release_lock():
    pass


def lock_held():
    return False


def _fix_co_filename(code, path):
    """CPython renames a cached code object's file; minivm's importer records the path itself."""
