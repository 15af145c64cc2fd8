//! Native modules: the standard modules minivm implements in Rust. Each has an `init` that
//! fills the new module's namespace. `builtin` ones are found before the program's own
//! directories (as CPython's built-in modules are); the others stand where CPython's standard
//! library stands, after them, so a program's own `random.py` wins as it would in CPython.

pub mod array;
pub mod atexit;
pub mod binascii;
pub mod cmath;
pub mod codecs;
pub mod compat;
pub mod contextvars;
pub mod csv;
mod errno_table;
pub mod hashes;
pub mod io;
mod libm_compat;
pub mod marshal;
pub mod math;
mod native_util;
pub mod posix;
pub mod random_core;
pub mod regex_core;
pub mod sre;
mod stdlib_names;
pub mod struct_core;
pub mod sys;
pub mod time;
pub mod weakref;
pub mod zlib;

use crate::interp::{PyResult, Vm};
use crate::object::dict::Dict;
use crate::object::function::NativeFn;

pub struct NativeModule {
    pub name: &'static str,
    pub builtin: bool,
    pub init: fn(&mut Vm, &Dict) -> PyResult<()>,
}

/// Every native module.
pub static NATIVE: &[NativeModule] = &[
    NativeModule { name: "sys", builtin: true, init: sys::init },
    NativeModule { name: "builtins", builtin: true, init: init_builtins },
    NativeModule { name: "math", builtin: false, init: math::init },
    NativeModule { name: "_random", builtin: true, init: random_core::init },
    NativeModule { name: "_io", builtin: true, init: io::init },
    NativeModule { name: "time", builtin: true, init: time::init },
    NativeModule { name: "posix", builtin: true, init: posix::init },
    NativeModule { name: "errno", builtin: true, init: init_errno },
    NativeModule { name: "_weakref", builtin: true, init: weakref::init },
    NativeModule { name: "_codecs", builtin: true, init: codecs::init },
    NativeModule { name: "_struct", builtin: false, init: struct_core::init },
    NativeModule { name: "_re", builtin: false, init: regex_core::init },
    NativeModule { name: "_sre", builtin: true, init: sre::init },
    NativeModule { name: "binascii", builtin: false, init: binascii::init },
    NativeModule { name: "zlib", builtin: false, init: zlib::init },
    NativeModule { name: "cmath", builtin: false, init: cmath::init },
    NativeModule { name: "atexit", builtin: true, init: atexit::init },
    NativeModule { name: "array", builtin: false, init: array::init },
    NativeModule { name: "_csv", builtin: false, init: csv::init },
    NativeModule { name: "marshal", builtin: true, init: marshal::init },
    NativeModule { name: "_contextvars", builtin: false, init: contextvars::init },
    NativeModule { name: "_md5", builtin: false, init: hashes::init_md5 },
    NativeModule { name: "_sha1", builtin: false, init: hashes::init_sha1 },
    NativeModule { name: "_sha2", builtin: false, init: hashes::init_sha2 },
    NativeModule { name: "_sha3", builtin: false, init: hashes::init_sha3 },
    NativeModule { name: "_blake2", builtin: false, init: hashes::init_blake2 },
];

/// The standard modules minivm writes in Python (`python/NAME.py`), compiled by
/// `vm-tests/regen.sh` and embedded in the binary; found where CPython's standard library is.
pub static PYTHON: &[(&str, &[u8])] = &[
    ("__future__", include_bytes!("python/__future__.pyc")),
    ("_ast", include_bytes!("python/_ast.pyc")),
    ("_ast_base", include_bytes!("python/_ast_base.pyc")),
    ("_collections", include_bytes!("python/_collections.pyc")),
    ("_imp", include_bytes!("python/_imp.pyc")),
    ("_signal", include_bytes!("python/_signal.pyc")),
    ("_signature", include_bytes!("python/_signature.pyc")),
    ("_string", include_bytes!("python/_string.pyc")),
    ("_thread", include_bytes!("python/_thread.pyc")),
    ("_tokenize", include_bytes!("python/_tokenize.pyc")),
    ("_warnings", include_bytes!("python/_warnings.pyc")),
    ("abc", include_bytes!("python/abc.pyc")),
    ("bisect", include_bytes!("python/bisect.pyc")),
    ("collections", include_bytes!("python/collections.pyc")),
    ("contextlib", include_bytes!("python/contextlib.pyc")),
    ("copy", include_bytes!("python/copy.pyc")),
    ("dataclasses", include_bytes!("python/dataclasses.pyc")),
    ("enum", include_bytes!("python/enum.pyc")),
    ("functools", include_bytes!("python/functools.pyc")),
    ("gc", include_bytes!("python/gc.pyc")),
    ("heapq", include_bytes!("python/heapq.pyc")),
    ("io", include_bytes!("python/io.pyc")),
    ("itertools", include_bytes!("python/itertools.pyc")),
    ("json", include_bytes!("python/json.pyc")),
    ("operator", include_bytes!("python/operator.pyc")),
    ("random", include_bytes!("python/random.pyc")),
    ("re", include_bytes!("python/re.pyc")),
    ("string", include_bytes!("python/string.pyc")),
    ("struct", include_bytes!("python/struct.pyc")),
    ("types", include_bytes!("python/types.pyc")),
    ("typing", include_bytes!("python/typing.pyc")),
];

/// The modules of CPython's `Lib/` that do not run on minivm yet: for these, minivm's own
/// module is imported even where CPython's standard library is found. Each name leaves this
/// list when CPython's module passes its run cases (see `docs/compatibility.md`).
pub static FALLBACK_FIRST: &[&str] =
    &["contextlib", "copy", "dataclasses", "enum", "heapq", "io", "json", "random", "struct", "typing"];

/// Whether minivm's own module `name` is imported before CPython's `Lib/` one.
pub fn fallback_first(name: &str) -> bool {
    FALLBACK_FIRST.contains(&name)
}

/// The embedded Python module called `name`, if there is one.
pub fn find_python(name: &str) -> Option<&'static [u8]> {
    PYTHON.iter().find(|(n, _)| *n == name).map(|(_, code)| *code)
}

/// The native module called `name`, if there is one.
pub fn find(name: &str) -> Option<&'static NativeModule> {
    NATIVE.iter().find(|m| m.name == name)
}

/// The names of the modules built into the interpreter (`sys.builtin_module_names`).
pub fn builtin_names() -> Vec<&'static str> {
    let mut names: Vec<&str> = NATIVE.iter().filter(|m| m.builtin).map(|m| m.name).collect();
    names.sort_unstable();
    names
}

/// `errno`: the error numbers by name, and `errorcode` from number to name.
fn init_errno(vm: &mut Vm, dict: &Dict) -> PyResult<()> {
    let codes = Dict::new();
    for (name, n) in errno_table::NAMES {
        dict.set_str(name, crate::object::value::Value::Int(*n));
    }
    for (n, name) in errno_table::CODES {
        let key = crate::object::protocol::key(vm, &crate::object::value::Value::Int(*n))?;
        codes.insert(key, crate::object::value::Value::str(name));
    }
    dict.set_str("errorcode", crate::object::value::Value::Dict(std::rc::Rc::new(codes)));
    Ok(())
}

/// `builtins`: the importer gives this module the builtins dict itself as its namespace.
fn init_builtins(_vm: &mut Vm, _dict: &Dict) -> PyResult<()> {
    Ok(())
}

/// `__import__(name, globals=None, locals=None, fromlist=(), level=0)`, the builtin the import
/// statement stands for.
pub fn builtin_import(
    vm: &mut Vm,
    args: crate::object::function::Args,
) -> PyResult<crate::object::value::Value> {
    use crate::object::value::Value;
    let pos = args.pos();
    let mut slots: [Option<Value>; 5] = Default::default();
    for (i, v) in pos.iter().enumerate().take(5) {
        slots[i] = Some(v.clone());
    }
    for (k, v) in args.kwargs() {
        let at = match k {
            "name" => 0,
            "globals" => 1,
            "locals" => 2,
            "fromlist" => 3,
            "level" => 4,
            _ => return Err(vm.type_error(format!("__import__() got an unexpected keyword argument '{k}'"))),
        };
        slots[at] = Some(v.clone());
    }
    let Some(Value::Str(name)) = slots[0].clone() else {
        return Err(vm.type_error("__import__() argument 1 must be str".into()));
    };
    let globals = match &slots[1] {
        Some(Value::Dict(d)) => d.clone(),
        _ => std::rc::Rc::new(Dict::new()),
    };
    let fromlist = slots[3].clone().unwrap_or(Value::None);
    let level = match &slots[4] {
        Some(v) => crate::object::protocol::to_i64(vm, v)?,
        None => 0,
    };
    if level < 0 {
        return Err(vm.value_error("level must be >= 0".into()));
    }
    vm.import_name(name.as_str(), &fromlist, level as usize, &globals)
}

/// Adds an exception class `error` (shown as `module.error`) to a native module's namespace.
pub fn add_error_class(vm: &mut Vm, dict: &Dict, module: &str) -> PyResult<()> {
    let ns = Dict::new();
    ns.set_str("__module__", crate::object::value::Value::str(module));
    ns.set_str("__qualname__", crate::object::value::Value::str("error"));
    let error = crate::object::class::new_class(vm, "error", vec![vm.types.exception.clone()], &ns)?;
    dict.set_str("error", crate::object::value::Value::Type(error));
    Ok(())
}

/// An instance of the `error` class of native module `module` (ValueError if it is missing).
pub fn module_error(vm: &mut Vm, module: &str, message: String) -> crate::object::exception::PyErr {
    use crate::object::value::Value;
    let typ = vm
        .import_module(module)
        .ok()
        .and_then(|m| crate::object::attr::getattr(vm, &m, &crate::object::str::PyStr::new("error")).ok());
    match typ {
        Some(Value::Type(t)) => crate::object::exception::PyErr::Raised(std::rc::Rc::new(
            crate::object::exception::Exception::new(t, vec![Value::str(&message)]),
        )),
        _ => vm.value_error(message),
    }
}

/// Adds native functions to a module's namespace.
pub fn add_functions(dict: &Dict, module: &'static str, functions: &[(&'static str, NativeFn)]) {
    for (name, f) in functions {
        dict.set_str(name, crate::builtins::native_in(module, name, *f));
    }
}
