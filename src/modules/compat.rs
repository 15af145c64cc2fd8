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

/// Support where CPython 3.12's standard library is found (see `docs/compatibility.md` for the
/// policy).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Lib {
    /// The same module is imported either way: a native one, or minivm's own that CPython's
    /// does not replace yet (`modules::FALLBACK_FIRST`).
    Same,
    /// CPython's module from its `Lib/` is imported, with this support.
    Is(Support),
}

impl Lib {
    /// The support with CPython's `Lib/` found, given the support without it.
    pub fn resolve(self, fallback: Support) -> Support {
        match self {
            Lib::Same => fallback,
            Lib::Is(s) => s,
        }
    }
}

/// The public modules: their support on a machine without CPython 3.12 (minivm's own
/// modules alone), and where CPython 3.12's `Lib/` is found. Every module minivm can import
/// is here, and every module marked supported or partial can be imported.
pub static MODULES: &[(&str, Support, Lib)] = &[
    ("__future__", Support::Supported, Lib::Is(Support::Supported)),
    (
        "abc",
        Support::Supported,
        Lib::Is(Support::Partial("CPython's abc over its pure-Python _py_abc (no native _abc yet)")),
    ),
    (
        "argparse",
        Support::Missing("not written yet"),
        Lib::Is(Support::Partial("CPython's module imports; no run case checks it yet")),
    ),
    (
        "array",
        Support::Partial(
            "native storage under a Python class: every 3.12 typecode, sequence operations, bytes/list/unicode/file conversions, CPython's overflow messages and the buffer protocol (BufferError on resizing while exported); pickling goes through the array's items (no _array_reconstructor), and operations that change the size copy the whole array",
        ),
        Lib::Same,
    ),
    (
        "ast",
        Support::Missing("minivm has _ast's node classes; the ast module itself is CPython's"),
        Lib::Is(Support::Partial(
            "CPython's module over a generated _ast: parse, compile of trees, dump, unparse, literal_eval, walk, NodeVisitor and NodeTransformer; parsing and compiling trees need the CPython 3.12 compiler process",
        )),
    ),
    (
        "asyncio",
        Support::Missing("no event loop or I/O yet; coroutines can be driven by hand"),
        Lib::Is(Support::Missing("needs collections.abc (CPython's collections package) and an event loop")),
    ),
    (
        "atexit",
        Support::Partial(
            "functions run newest first at exit, after an uncaught exception's traceback; a run case checks register, unregister and _ncallbacks, not _run_exitfuncs or _clear",
        ),
        Lib::Same,
    ),
    (
        "base64",
        Support::Missing("not written yet"),
        Lib::Is(Support::Partial(
            "CPython's module over native binascii: b64, standard, urlsafe and b16 encode and decode; not validate=True (bytes patterns in re), encodebytes/decodebytes (memoryview) or b32, b85 and a85 (bytes methods)",
        )),
    ),
    (
        "binascii",
        Support::Partial(
            "hex, base64 (strict_mode, newline), uu, qp, crc32, crc_hqx; qp line-splitting is not checked by a run case",
        ),
        Lib::Same,
    ),
    (
        "bisect",
        Support::Supported,
        Lib::Is(Support::Partial("CPython's pure-Python bisect (no native _bisect)")),
    ),
    ("builtins", Support::Supported, Lib::Same),
    (
        "cmath",
        Support::Partial(
            "every function and constant, CPython's results and errors for finite arguments; infinite arguments do not follow CPython's special-value tables (NaNs propagate)",
        ),
        Lib::Same,
    ),
    (
        "codecs",
        Support::Missing("not written yet"),
        Lib::Is(Support::Partial(
            "CPython's module imports over native _codecs (search functions, error handlers, utf-8, latin-1 and ascii); no run case checks it yet",
        )),
    ),
    (
        "collections",
        Support::Partial(
            "deque is backed by a list (appendleft is O(n)); no UserDict, UserList, UserString or collections.abc",
        ),
        Lib::Is(Support::Partial(
            "CPython's collections; deque and defaultdict come from minivm's _collections, written in Python (appendleft is O(n))",
        )),
    ),
    ("contextlib", Support::Partial("no async context managers, AsyncExitStack or chdir"), Lib::Same),
    (
        "contextvars",
        Support::Missing("not written yet"),
        Lib::Is(Support::Partial(
            "CPython's module over native _contextvars (one thread, one current context): ContextVar get/set/reset, Token, Context run, mapping and copy_context; no ContextVar[...] generic alias",
        )),
    ),
    (
        "copy",
        Support::Partial("objects are rebuilt from their __dict__ and __slots__, not through __reduce_ex__"),
        Lib::Same,
    ),
    (
        "csv",
        Support::Missing("CPython's csv is Python code in Lib/; minivm has only the native _csv under it"),
        Lib::Is(Support::Partial(
            "CPython's module over native _csv (3.12.1's parser and writer): reader, writer, DictReader, DictWriter, Sniffer, dialects and every QUOTE_* mode are checked by a run case on open() files and io.StringIO; Dialect objects are Python, so their reprs and pickling differ",
        )),
    ),
    ("dataclasses", Support::Partial("no slots=True, InitVar or KW_ONLY field markers"), Lib::Same),
    (
        "datetime",
        Support::Missing("not written yet"),
        Lib::Is(Support::Partial(
            "CPython's pure-Python _pydatetime (no native _datetime): reprs of IsoCalendarDate differ; run case stdlib/time_calendar",
        )),
    ),
    (
        "decimal",
        Support::Missing("not written yet"),
        Lib::Is(Support::Partial(
            "CPython's pure-Python _pydecimal over native _contextvars: arithmetic, contexts, localcontext, quantize, sqrt and signals are checked by a run case",
        )),
    ),
    (
        "dis",
        Support::Missing("minivm dis is a command; the module is CPython's"),
        Lib::Is(Support::Partial("CPython's module imports (inspect needs it); no run case checks it yet")),
    ),
    (
        "doctest",
        Support::Missing("the module is CPython's"),
        Lib::Is(Support::Missing(
            "pdb imports signal, which needs a native _signal; unittest's patterns need memoryview.cast('I') in re's compiler",
        )),
    ),
    (
        "enum",
        Support::Partial("no Flag boundary modes, _ignore_ or functional Enum('Name', 'A B') API"),
        Lib::Same,
    ),
    ("errno", Support::Supported, Lib::Same),
    (
        "fractions",
        Support::Missing("not written yet"),
        Lib::Is(Support::Partial(
            "CPython's module: arithmetic, construction from str and float, limit_denominator, floor and round are checked by a run case",
        )),
    ),
    (
        "functools",
        Support::Partial("no singledispatch, partialmethod or reduce over C iterators' length hints"),
        Lib::Is(Support::Partial(
            "CPython's functools over its pure-Python fallbacks (no native _functools)",
        )),
    ),
    ("gc", Support::Partial("reference counting only: collect() finds no cycles and returns 0"), Lib::Same),
    (
        "hashlib",
        Support::Missing("not written yet"),
        Lib::Is(Support::Partial(
            "CPython's module over native _md5, _sha1, _sha2, _sha3 and _blake2: md5, sha1, sha2, sha3 and shake, blake2b and blake2s with default parameters (no key, salt, person or other digest_size); no pbkdf2_hmac, scrypt or file_digest (memoryview)",
        )),
    ),
    (
        "gzip",
        Support::Missing("not written yet"),
        Lib::Is(Support::Partial(
            "CPython's module over native zlib: GzipFile and gzip.open write and read files (binary and text) and multi-member streams, compress; not gzip.decompress (bytes.lstrip)",
        )),
    ),
    ("heapq", Support::Supported, Lib::Same),
    (
        "importlib",
        Support::Missing("minivm imports with its own importer; the package is CPython's"),
        Lib::Is(Support::Partial(
            "CPython's package sets itself up over minivm's _imp (minivm's modules count as built in, nothing frozen, no extension modules) and _warnings; minivm's importer still does the importing",
        )),
    ),
    (
        "inspect",
        Support::Missing("the module is CPython's"),
        Lib::Is(Support::Partial(
            "CPython's module: signature, bind, getfullargspec, getmembers, unwrap, partial and the is* tests checked by a run case",
        )),
    ),
    (
        "io",
        Support::Partial(
            "native _io: files in every mode, buffered and text layers, StringIO, BytesIO; encodings utf-8, latin-1 and ascii only; no opener, IncrementalNewlineDecoder or BufferedRWPair; the ABCs are the _io bases",
        ),
        Lib::Same,
    ),
    (
        "itertools",
        Support::Partial(
            "the iterators are generators or Python classes, so their reprs and types differ (count and repeat match)",
        ),
        Lib::Same,
    ),
    ("json", Support::Partial("no streaming encoder hooks (iterencode yields one chunk)"), Lib::Same),
    (
        "logging",
        Support::Missing("not written yet"),
        Lib::Is(Support::Partial(
            "CPython's logging imports; traceback carets in logged exceptions need the ast module",
        )),
    ),
    (
        "marshal",
        Support::Partial(
            "loads of what a .pyc holds; dumps of constants' types without references (its bytes are not CPython's), no code objects",
        ),
        Lib::Same,
    ),
    ("math", Support::Supported, Lib::Same),
    (
        "operator",
        Support::Supported,
        Lib::Is(Support::Partial("CPython's pure-Python operator (no native _operator)")),
    ),
    (
        "os",
        Support::Missing("no file system or process access yet"),
        Lib::Is(Support::Partial(
            "CPython's os over minivm's native posix: files, directories, descriptors, stat, scandir, walk, environ, symlinks; no processes (fork, exec, spawn, system), no dir_fd; putenv leaves the process environment as it was",
        )),
    ),
    (
        "pathlib",
        Support::Missing("no file system access yet"),
        Lib::Is(Support::Partial(
            "CPython's pathlib, with glob, shutil and tempfile: run case stdlib/pathlib_files",
        )),
    ),
    (
        "pickle",
        Support::Missing("not written yet"),
        Lib::Is(Support::Partial("CPython's pure-Python pickle imports; no run case checks it yet")),
    ),
    (
        "posix",
        Support::Partial(
            "files, directories, descriptors, stat, scandir, environ, uname, urandom; no processes, no dir_fd",
        ),
        Lib::Same,
    ),
    ("random", Support::Partial("no gammavariate, betavariate, binomialvariate or SystemRandom"), Lib::Same),
    (
        "re",
        Support::Partial(
            "str patterns only; pattern-error messages differ; an empty match right after another match is skipped where CPython may match a longer alternative",
        ),
        Lib::Is(Support::Partial(
            "CPython's re over a native _sre (the rustpython-sre_engine crate runs the code re._compiler emits); re.LOCALE matches as ASCII; finditer finds all its matches at once",
        )),
    ),
    (
        "statistics",
        Support::Missing("not written yet"),
        Lib::Is(Support::Partial(
            "CPython's module: mean, fmean, harmonic_mean, median, median_low, mode, variance and pstdev on floats, ints, Fractions and Decimals are checked by a run case",
        )),
    ),
    (
        "string",
        Support::Partial("the constants and capwords; no Template or Formatter"),
        Lib::Is(Support::Supported),
    ),
    ("struct", Support::Supported, Lib::Same),
    (
        "subprocess",
        Support::Missing("no process access"),
        Lib::Is(Support::Missing("needs _signal, and processes")),
    ),
    (
        "sys",
        Support::Partial(
            "argv, path, prefix, modules, the standard streams, exit, version and implementation, flags, recursion limit, getsizeof, intern, exc_info and _getframe (a snapshot: f_lineno and f_locals as they were when taken); no settrace",
        ),
        Lib::Same,
    ),
    (
        "textwrap",
        Support::Missing("not written yet"),
        Lib::Is(Support::Partial("CPython's module imports; no run case checks it yet")),
    ),
    (
        "threading",
        Support::Missing("minivm runs one thread"),
        Lib::Is(Support::Partial(
            "CPython's module over native _thread, one thread: current_thread, main_thread, Lock, RLock, Event, Condition and local are checked by a run case; Thread.start raises RuntimeError",
        )),
    ),
    (
        "time",
        Support::Partial(
            "the clocks, sleep, struct_time, gmtime, strftime, asctime; local time is UTC (no time-zone database); strptime needs CPython's Lib/",
        ),
        Lib::Same,
    ),
    (
        "types",
        Support::Partial("the type names and SimpleNamespace; no MappingProxyType or DynamicClassAttribute"),
        Lib::Is(Support::Partial(
            "CPython's types; MappingProxyType is dict, and the descriptor types are minivm's stand-ins",
        )),
    ),
    (
        "typing",
        Support::Partial(
            "the common names work in annotations and as bases; no run-time checks, and class-syntax NamedTuple and TypedDict are not supported",
        ),
        Lib::Same,
    ),
    (
        "unittest",
        Support::Missing("not written yet"),
        Lib::Is(Support::Partial(
            "CPython's unittest: run case stdlib/unittest_report (failures, errors, skips, expected failures, sub-tests); doctest needs io.IncrementalNewlineDecoder",
        )),
    ),
    (
        "warnings",
        Support::Missing("not written yet"),
        Lib::Is(Support::Partial("CPython's module imports; no run case checks it yet")),
    ),
    (
        "weakref",
        Support::Missing("not written yet"),
        Lib::Is(Support::Partial(
            "CPython's module over native _weakref: ref with callbacks (run at the next safe point, as __del__), proxy, WeakValueDictionary, WeakKeyDictionary, WeakSet and finalize are checked by a run case; callbacks fire for instances only (functions, classes, sets and dicts have no death hook); no WeakMethod (types.MethodType cannot be called)",
        )),
    ),
    (
        "zlib",
        Support::Partial(
            "compress and decompress with level and wbits (zlib, raw, gzip, automatic), compressobj and decompressobj streams, crc32, adler32; memLevel, strategy and Compress.copy are not supported, and the compressed bytes may differ from C zlib's (they decompress the same)",
        ),
        Lib::Same,
    ),
];

/// Builtins that are missing or partial; every other CPython 3.12 builtin is supported.
pub static BUILTIN_NOTES: &[(&str, Support)] = &[
    ("aiter", Support::Missing("not written yet")),
    ("anext", Support::Missing("not written yet")),
    ("breakpoint", Support::Missing("no debugger")),
    ("bytearray", Support::Partial("decode and encoding arguments know utf-8, latin-1 and ascii only")),
    ("bytes", Support::Partial("decode and encoding arguments know utf-8, latin-1 and ascii only")),
    (
        "compile",
        Support::Partial(
            "compiled by CPython 3.12, which must be installed; ast trees (PyCF_ONLY_AST, and compiling a tree) go to and from it as nested tuples",
        ),
    ),
    ("copyright", Support::Missing("an interactive-session helper")),
    ("credits", Support::Missing("an interactive-session helper")),
    ("dir", Support::Partial("builtin objects list their methods, not every dunder CPython lists")),
    ("eval", Support::Partial("source is compiled by CPython 3.12, which must be installed")),
    ("exec", Support::Partial("source is compiled by CPython 3.12, which must be installed")),
    ("help", Support::Missing("an interactive-session helper")),
    ("license", Support::Missing("an interactive-session helper")),
    (
        "memoryview",
        Support::Partial(
            "one-dimensional views of bytes, bytearray and array.array: cast to the native formats 'B b c h H i I l L q Q f d ?' (one dimension, no shapes), items, tolist and slices under the format; no struct formats with a byte order or count",
        ),
    ),
    (
        "open",
        Support::Partial(
            "encodings utf-8, latin-1 and ascii; no opener; surrogateescape decodes to U+FFFD (str holds no lone surrogates)",
        ),
    ),
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
         **Where modules come from.** minivm runs CPython 3.12's own standard library: it finds \
         the `Lib/` directory of the CPython 3.12 that compiles sources (`$MINIVM_STDLIB`, the \
         prefix of `$MINIVM_PYTHON`, `python3.12` or `python3`, pyenv's 3.12, or \
         `/usr/lib/python3.12`), puts it on `sys.path` as python3.12 does, and imports its \
         modules from their `__pycache__` files. Beneath them stand minivm's **native** \
         modules, written in Rust in place of CPython's C modules. minivm's **own modules \
         written in Python** (`src/modules/python/`, embedded in the binary) are the fallback \
         for a machine with no CPython 3.12; where CPython's `Lib/` is found its module is the \
         one imported, except for the few whose CPython version does not run on minivm yet \
         (`modules::FALLBACK_FIRST`: those show the same source in both columns). \
         `MINIVM_STDLIB=none` runs with the fallback modules alone. As in CPython, `sys` and \
         `time` are built in and found before the program's own modules; a program's own \
         module of any other name is found before the standard library's.\n\n\
         | module | without CPython 3.12 | with CPython 3.12's `Lib/` | notes |\n|---|---|---|---|\n",
    );
    for (name, fallback, lib) in MODULES {
        let (status, note) = cell(*fallback);
        let from = if super::find(name).is_some() {
            "native"
        } else if super::find_python(name).is_some() {
            "minivm (Python)"
        } else {
            "—"
        };
        let (lib_status, lib_note, lib_from) = match lib {
            Lib::Same => (status.clone(), "", from),
            Lib::Is(s) => {
                let (st, n) = cell(*s);
                (st, n, "CPython's `Lib/`")
            }
        };
        let notes = match (note, lib_note) {
            ("", n) | (n, "") => n.to_string(),
            (a, b) => format!("without CPython: {a}; with its `Lib/`: {b}"),
        };
        out += &format!("| `{name}` | {from}: {status} | {lib_from}: {lib_status} | {notes} |\n");
    }
    out += "\n## Builtins\n\n| builtin | status | notes |\n|---|---|---|\n";
    for name in CPYTHON_BUILTINS {
        let support = BUILTIN_NOTES.iter().find(|(n, _)| n == name).map_or(Support::Supported, |(_, s)| *s);
        let (status, note) = cell(support);
        out += &format!("| `{name}` | {status} | {note} |\n");
    }
    out
}
