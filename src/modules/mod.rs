//! Native modules: the standard modules minivm implements in Rust. Each has an `init` that
//! fills the new module's namespace. `builtin` ones are found before the program's own
//! directories (as CPython's built-in modules are); the others stand where CPython's standard
//! library stands, after them, so a program's own `random.py` wins as it would in CPython.

mod libm_compat;
pub mod math;
pub mod random_core;
pub mod sys;
pub mod time;

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
    NativeModule { name: "time", builtin: true, init: time::init },
];

/// The standard modules minivm writes in Python (`python/NAME.py`), compiled by
/// `vm-tests/regen.sh` and embedded in the binary; found where CPython's standard library is.
pub static PYTHON: &[(&str, &[u8])] = &[
    ("_signature", include_bytes!("python/_signature.pyc")),
    ("bisect", include_bytes!("python/bisect.pyc")),
    ("collections", include_bytes!("python/collections.pyc")),
    ("enum", include_bytes!("python/enum.pyc")),
    ("functools", include_bytes!("python/functools.pyc")),
    ("heapq", include_bytes!("python/heapq.pyc")),
    ("itertools", include_bytes!("python/itertools.pyc")),
    ("operator", include_bytes!("python/operator.pyc")),
    ("random", include_bytes!("python/random.pyc")),
];

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

/// `builtins`: the importer gives this module the builtins dict itself as its namespace.
fn init_builtins(_vm: &mut Vm, _dict: &Dict) -> PyResult<()> {
    Ok(())
}

/// Adds native functions to a module's namespace.
pub fn add_functions(dict: &Dict, functions: &[(&'static str, NativeFn)]) {
    for (name, f) in functions {
        dict.set_str(name, crate::builtins::native(name, *f));
    }
}
