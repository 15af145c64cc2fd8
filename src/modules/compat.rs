//! What minivm supports of CPython 3.12's standard modules and builtins. `docs/compatibility.md`
//! is generated from these tables (`markdown`), and `vm-tests/compat.rs` checks both ways:
//! that the document is current, and that the tables agree with what the VM can import and
//! which builtins it has.

/// How far minivm supports a module or builtin.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Support {
    Supported,
    /// Supported, with what is missing.
    Partial(&'static str),
    /// Not supported, and why.
    Missing(&'static str),
}

/// The public modules, with their support. Every module minivm can import is here, and every
/// module marked supported or partial can be imported.
pub static MODULES: &[(&str, Support)] = &[
    ("__future__", Support::Supported),
    ("abc", Support::Supported),
    ("argparse", Support::Missing("not written yet")),
    ("array", Support::Missing("not written yet")),
    ("asyncio", Support::Missing("no event loop or I/O yet; coroutines can be driven by hand")),
    ("base64", Support::Missing("not written yet")),
    ("bisect", Support::Supported),
    ("builtins", Support::Supported),
    ("cmath", Support::Missing("not written yet")),
    (
        "collections",
        Support::Partial(
            "deque is backed by a list (appendleft is O(n)); no UserDict, UserList, UserString or collections.abc",
        ),
    ),
    ("contextlib", Support::Partial("no async context managers, AsyncExitStack or chdir")),
    (
        "copy",
        Support::Partial("objects are rebuilt from their __dict__ and __slots__, not through __reduce_ex__"),
    ),
    ("csv", Support::Missing("no file I/O yet")),
    ("dataclasses", Support::Partial("no slots=True, InitVar or KW_ONLY field markers")),
    ("datetime", Support::Missing("not written yet")),
    ("decimal", Support::Missing("not written yet")),
    ("enum", Support::Partial("no Flag boundary modes, _ignore_ or functional Enum('Name', 'A B') API")),
    ("fractions", Support::Missing("not written yet")),
    (
        "functools",
        Support::Partial("no singledispatch, partialmethod or reduce over C iterators' length hints"),
    ),
    ("gc", Support::Partial("reference counting only: collect() finds no cycles and returns 0")),
    ("hashlib", Support::Missing("not written yet")),
    ("heapq", Support::Supported),
    ("io", Support::Partial("StringIO and BytesIO only; no files")),
    (
        "itertools",
        Support::Partial(
            "the iterators are generators or Python classes, so their reprs and types differ (count and repeat match)",
        ),
    ),
    ("json", Support::Partial("no streaming encoder hooks (iterencode yields one chunk)")),
    ("logging", Support::Missing("not written yet")),
    ("math", Support::Supported),
    ("operator", Support::Supported),
    ("os", Support::Missing("no file system or process access yet")),
    ("pathlib", Support::Missing("no file system access yet")),
    ("pickle", Support::Missing("not written yet")),
    ("random", Support::Partial("no gammavariate, betavariate, binomialvariate or SystemRandom")),
    (
        "re",
        Support::Partial(
            "str patterns only; pattern-error messages differ; an empty match right after another match is skipped where CPython may match a longer alternative",
        ),
    ),
    ("statistics", Support::Missing("not written yet")),
    ("string", Support::Partial("the constants and capwords; no Template or Formatter")),
    ("struct", Support::Supported),
    ("subprocess", Support::Missing("no process access")),
    (
        "sys",
        Support::Partial(
            "argv, path, modules, the standard streams, exit, version and implementation, recursion limit, getsizeof, intern and exc_info; no settrace, _getframe or flags",
        ),
    ),
    ("textwrap", Support::Missing("not written yet")),
    ("threading", Support::Missing("minivm runs one thread")),
    ("time", Support::Partial("the clocks and sleep; no strftime, localtime, gmtime or struct_time")),
    (
        "types",
        Support::Partial("the type names and SimpleNamespace; no MappingProxyType or DynamicClassAttribute"),
    ),
    (
        "typing",
        Support::Partial(
            "the common names work in annotations and as bases; no run-time checks, and class-syntax NamedTuple and TypedDict are not supported",
        ),
    ),
    ("unittest", Support::Missing("not written yet")),
    ("warnings", Support::Missing("not written yet")),
];

/// Builtins that are missing or partial; every other CPython 3.12 builtin is supported.
pub static BUILTIN_NOTES: &[(&str, Support)] = &[
    ("aiter", Support::Missing("not written yet")),
    ("anext", Support::Missing("not written yet")),
    ("breakpoint", Support::Missing("no debugger")),
    (
        "compile",
        Support::Partial("compiled by CPython 3.12, which must be installed; no ast objects (PyCF_ONLY_AST)"),
    ),
    ("copyright", Support::Missing("an interactive-session helper")),
    ("credits", Support::Missing("an interactive-session helper")),
    ("dir", Support::Partial("builtin objects list their methods, not every dunder CPython lists")),
    ("eval", Support::Partial("source is compiled by CPython 3.12, which must be installed")),
    ("exec", Support::Partial("source is compiled by CPython 3.12, which must be installed")),
    ("help", Support::Missing("an interactive-session helper")),
    ("license", Support::Missing("an interactive-session helper")),
    ("memoryview", Support::Missing("not written yet")),
    ("open", Support::Missing("no file I/O yet")),
];

/// Every name in CPython 3.12's builtins module, dunders aside.
pub static CPYTHON_BUILTINS: &[&str] = &[
    "ArithmeticError",
    "AssertionError",
    "AttributeError",
    "BaseException",
    "BaseExceptionGroup",
    "BlockingIOError",
    "BrokenPipeError",
    "BufferError",
    "BytesWarning",
    "ChildProcessError",
    "ConnectionAbortedError",
    "ConnectionError",
    "ConnectionRefusedError",
    "ConnectionResetError",
    "DeprecationWarning",
    "EOFError",
    "Ellipsis",
    "EncodingWarning",
    "EnvironmentError",
    "Exception",
    "ExceptionGroup",
    "False",
    "FileExistsError",
    "FileNotFoundError",
    "FloatingPointError",
    "FutureWarning",
    "GeneratorExit",
    "IOError",
    "ImportError",
    "ImportWarning",
    "IndentationError",
    "IndexError",
    "InterruptedError",
    "IsADirectoryError",
    "KeyError",
    "KeyboardInterrupt",
    "LookupError",
    "MemoryError",
    "ModuleNotFoundError",
    "NameError",
    "None",
    "NotADirectoryError",
    "NotImplemented",
    "NotImplementedError",
    "OSError",
    "OverflowError",
    "PendingDeprecationWarning",
    "PermissionError",
    "ProcessLookupError",
    "RecursionError",
    "ReferenceError",
    "ResourceWarning",
    "RuntimeError",
    "RuntimeWarning",
    "StopAsyncIteration",
    "StopIteration",
    "SyntaxError",
    "SyntaxWarning",
    "SystemError",
    "SystemExit",
    "TabError",
    "TimeoutError",
    "True",
    "TypeError",
    "UnboundLocalError",
    "UnicodeDecodeError",
    "UnicodeEncodeError",
    "UnicodeError",
    "UnicodeTranslateError",
    "UnicodeWarning",
    "UserWarning",
    "ValueError",
    "Warning",
    "ZeroDivisionError",
    "abs",
    "aiter",
    "all",
    "anext",
    "any",
    "ascii",
    "bin",
    "bool",
    "breakpoint",
    "bytearray",
    "bytes",
    "callable",
    "chr",
    "classmethod",
    "compile",
    "complex",
    "copyright",
    "credits",
    "delattr",
    "dict",
    "dir",
    "divmod",
    "enumerate",
    "eval",
    "exec",
    "exit",
    "filter",
    "float",
    "format",
    "frozenset",
    "getattr",
    "globals",
    "hasattr",
    "hash",
    "help",
    "hex",
    "id",
    "input",
    "int",
    "isinstance",
    "issubclass",
    "iter",
    "len",
    "license",
    "list",
    "locals",
    "map",
    "max",
    "memoryview",
    "min",
    "next",
    "object",
    "oct",
    "open",
    "ord",
    "pow",
    "print",
    "property",
    "quit",
    "range",
    "repr",
    "reversed",
    "round",
    "set",
    "setattr",
    "slice",
    "sorted",
    "staticmethod",
    "str",
    "sum",
    "super",
    "tuple",
    "type",
    "vars",
    "zip",
];

fn cell(support: Support) -> (String, &'static str) {
    match support {
        Support::Supported => ("supported".to_string(), ""),
        Support::Partial(what) => ("partial".to_string(), what),
        Support::Missing(why) => ("not supported".to_string(), why),
    }
}

/// The compatibility document, from the tables above.
pub fn markdown() -> String {
    let mut out = String::from(
        "# Compatibility with CPython 3.12\n\n\
         Generated from `src/modules/compat.rs`; `vm-tests/compat.rs` checks that it is current \
         and that the tables agree with the modules minivm can import and the builtins it has. \
         Regenerate it with `MINIVM_WRITE_DOCS=1 cargo test --release compat`.\n\n\
         ## Modules\n\n\
         Native modules are written in Rust; the others are minivm's own Python, compiled and \
         embedded in the binary (`src/modules/python/`). As in CPython, `sys` and `time` are \
         built in and found before the program's own modules; a program's own module of any \
         other name here is found before minivm's.\n\n\
         | module | status | notes |\n|---|---|---|\n",
    );
    for (name, support) in MODULES {
        let (status, note) = cell(*support);
        let kind = if super::find(name).is_some() { " (native)" } else { "" };
        out += &format!("| `{name}`{kind} | {status} | {note} |\n");
    }
    out += "\n## Builtins\n\n| builtin | status | notes |\n|---|---|---|\n";
    for name in CPYTHON_BUILTINS {
        let support = BUILTIN_NOTES.iter().find(|(n, _)| n == name).map_or(Support::Supported, |(_, s)| *s);
        let (status, note) = cell(support);
        out += &format!("| `{name}` | {status} | {note} |\n");
    }
    out
}
