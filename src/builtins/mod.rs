//! The builtins: the functions and types a program finds without importing anything, and the
//! methods of the builtin types (`types/`, one file per type).
//!
//! - `functions.rs`: `print`, `len`, `sorted`, … (CPython's `Python/bltinmodule.c`);
//! - `construct.rs`: calling a builtin type (`int("12")`, `list(x)`, `ValueError("m")`);
//! - `eval.rs`: `compile`, `eval` and `exec`, compiled by CPython 3.12 and run in a frame;
//! - `format.rs`: `format()`, the format-spec mini-language, `str.format` and `%`;
//! - `iterators.rs`: the lazy iterators (`enumerate`, `zip`, `map`, `filter`, …);
//! - `types/`: the method tables of str, list, dict, set, tuple, int and float.

pub mod call_kind;
pub mod classes;
pub mod construct;
pub mod cpython_calls;
pub mod eval;
pub mod format;
pub mod functions;
pub mod iterators;
pub mod types;

use std::rc::Rc;

pub use construct::construct;

use crate::interp::Vm;
use crate::object::function::{Builtin, BuiltinKind, NativeFn};
use crate::object::value::Value;

/// Fills the VM's builtins dict with the builtin types and functions.
pub fn install(vm: &mut Vm) {
    let builtins = vm.builtins.clone();
    for (name, typ) in vm.types.all() {
        // Internal types (iterators, views, `function`) are not builtins names.
        if !name.contains('_') || name.ends_with("Error") || name == "NotImplementedType" {
            builtins.set_str(name, Value::Type(typ.clone()));
        }
    }
    // Old names of OSError.
    builtins.set_str("EnvironmentError", Value::Type(vm.types.os_error.clone()));
    builtins.set_str("IOError", Value::Type(vm.types.os_error.clone()));
    // `open` is `_io.open` (the module reads it from here, so `open is io.open`).
    builtins.set_str("open", native_in("_io", "open", crate::modules::io::open));
    for name in ["enumerate", "zip", "map", "filter", "reversed"] {
        let t = vm.types.all().into_iter().find(|(n, _)| *n == name).map(|(_, t)| t.clone());
        if let Some(t) = t {
            builtins.set_str(name, Value::Type(t));
        }
    }
    for name in [
        "NoneType",
        "NotImplementedType",
        "ellipsis",
        "function",
        "code",
        "frame",
        "cell",
        "method",
        "method_descriptor",
        "module",
        "GenericAlias",
        "UnionType",
        "coroutine",
        "generator",
        "traceback",
    ] {
        builtins.remove_str(&crate::object::str::PyStr::new(name));
    }
    for (name, f) in functions::FUNCTIONS {
        builtins.set_str(name, native(name, *f));
    }
    for name in functions::FRAME_FUNCTIONS {
        builtins.set_str(name, native(name, functions::frame_function));
    }
    builtins.set_str("dir", native("dir", functions::dir_builtin));
    builtins.set_str("eval", native("eval", functions::eval_native));
    builtins.set_str("exec", native("exec", functions::exec_native));
    builtins.set_str("compile", native("compile", functions::compile_native));
    builtins.set_str("exit", native("exit", functions::exit));
    builtins.set_str("quit", native("quit", functions::exit));
    builtins.set_str("__build_class__", native("__build_class__", classes::build_class));
    builtins.set_str("__import__", native("__import__", crate::modules::builtin_import));
    builtins.set_str("None", Value::None);
    builtins.set_str("Ellipsis", Value::Ellipsis);
    builtins.set_str("NotImplemented", Value::NotImplemented);
    builtins.set_str("True", Value::Bool(true));
    builtins.set_str("False", Value::Bool(false));
    builtins.set_str("__debug__", Value::Bool(true));
}

pub fn native(name: &'static str, f: NativeFn) -> Value {
    native_in("builtins", name, f)
}

/// A builtin function of module `module`.
pub fn native_in(module: &'static str, name: &'static str, f: NativeFn) -> Value {
    Value::Builtin(Rc::new(Builtin { name, module, kind: BuiltinKind::Function(f) }))
}
