//! What the native modules written after `posix` share: parsing arguments by name as CPython's
//! Argument Clinic does, bytes-like arguments, exception classes of a module, opaque state
//! objects for classes written in Python, and running a module's Python half.

use std::rc::Rc;

use crate::interp::{PyResult, Vm};
use crate::object::dict::Dict;
use crate::object::exception::{Exception, PyErr};
use crate::object::function::Args;
use crate::object::misc::{NativeState, Object};
use crate::object::protocol::{self, type_name};
use crate::object::types::Type;
use crate::object::value::Value;

/// The arguments of `func`, by parameter: the first `positional` names may be given by
/// position, all of them by keyword; the first `required` must be given. `None` where absent.
pub fn params(
    vm: &mut Vm,
    func: &str,
    args: &Args,
    names: &[&str],
    positional: usize,
    required: usize,
) -> PyResult<Vec<Option<Value>>> {
    let pos = args.pos();
    if pos.len() > positional {
        return Err(vm.type_error(if positional == 0 {
            format!("{func}() takes no positional arguments")
        } else {
            format!(
                "{func}() takes at most {positional} positional argument{} ({} given)",
                plural(positional),
                pos.len()
            )
        }));
    }
    let mut slots: Vec<Option<Value>> = vec![None; names.len()];
    for (slot, v) in slots.iter_mut().zip(pos) {
        *slot = Some(v.clone());
    }
    for (k, v) in args.kwargs() {
        let Some(at) = names.iter().position(|n| *n == k) else {
            return Err(vm.type_error(format!("{func}() got an unexpected keyword argument '{k}'")));
        };
        if slots[at].is_some() {
            return Err(vm.type_error(format!(
                "argument for {func}() given by name ('{k}') and position ({})",
                at + 1
            )));
        }
        slots[at] = Some(v.clone());
    }
    for (i, slot) in slots.iter().enumerate().take(required) {
        if slot.is_none() {
            return Err(vm.type_error(format!(
                "{func}() missing required argument '{}' (pos {})",
                names[i],
                i + 1
            )));
        }
    }
    Ok(slots)
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

/// The bytes of a bytes-like argument (`bytes`, `bytearray`), or CPython's TypeError.
pub fn buffer(vm: &Vm, v: &Value) -> PyResult<Vec<u8>> {
    crate::modules::io::bytes_arg(vm, v)
}

/// An integer argument (`__index__` included).
pub fn int(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    if let Value::Float(_) = v {
        return Err(vm.type_error("'float' object cannot be interpreted as an integer".into()));
    }
    protocol::index_value(vm, v)
}

/// A truth-value argument.
pub fn flag(vm: &mut Vm, v: Option<&Value>, default: bool) -> PyResult<bool> {
    match v {
        None => Ok(default),
        Some(v) => protocol::truthy(vm, v),
    }
}

/// A `bytes` result.
pub fn bytes(data: Vec<u8>) -> Value {
    Value::object(Object::Bytes(data.into_boxed_slice()))
}

/// A vector of `n` bytes, or MemoryError when that much cannot be had.
pub fn reserve(vm: &Vm, n: usize) -> PyResult<Vec<u8>> {
    let mut out = Vec::new();
    out.try_reserve(n).map_err(|_| vm.memory_error())?;
    Ok(out)
}

/// Adds exception class `name` (shown as `module.name`) deriving from `base`, and returns it.
pub fn add_exception(
    vm: &mut Vm,
    dict: &Dict,
    module: &str,
    name: &str,
    base: Rc<Type>,
) -> PyResult<Rc<Type>> {
    let ns = Dict::new();
    ns.set_str("__module__", Value::str(module));
    ns.set_str("__qualname__", Value::str(name));
    let typ = crate::object::class::new_class(vm, name, vec![base], &ns)?;
    dict.set_str(name, Value::Type(typ.clone()));
    Ok(typ)
}

/// An instance of exception class `typ` with `message` as its argument.
pub fn error_of(typ: &Rc<Type>, message: &str) -> PyErr {
    PyErr::Raised(Rc::new(Exception::new(typ.clone(), vec![Value::str(message)])))
}

/// The exception class `name` of the (imported) native module `module`, raised with
/// `message`; ValueError if the module has lost it.
pub fn module_exception(vm: &mut Vm, module: &str, name: &str, message: String) -> PyErr {
    let typ = vm
        .import_module(module)
        .ok()
        .and_then(|m| crate::object::attr::getattr(vm, &m, &crate::object::str::PyStr::new(name)).ok());
    match typ {
        Some(Value::Type(t)) => error_of(&t, &message),
        _ => vm.value_error(message),
    }
}
/// A new opaque state object holding `state`.
pub fn new_state<T: 'static>(kind: &'static str, state: T) -> Value {
    Value::object(Object::State(NativeState { kind, cell: std::cell::RefCell::new(Box::new(state)) }))
}

/// Runs `f` on the state of type `T` inside `v`, or raises TypeError when `v` holds none.
pub fn with_state<T: 'static, R>(vm: &mut Vm, v: &Value, f: impl FnOnce(&mut T) -> R) -> PyResult<R> {
    if let Value::Object(o) = v
        && let Object::State(st) = &**o
        && let Ok(mut cell) = st.cell.try_borrow_mut()
        && let Some(state) = cell.downcast_mut::<T>()
    {
        return Ok(f(state));
    }
    Err(vm.type_error(format!("expected a native state object, not {}", type_name(vm, v))))
}

/// Runs a module's Python half (compiled by `vm-tests/regen.sh`) in a namespace holding what
/// the module has so far; what it defines joins the module.
pub fn run_python_half(vm: &mut Vm, dict: &Dict, module: &str, pyc: &[u8]) -> PyResult<()> {
    let namespace = Rc::new(Dict::new());
    for (k, v) in dict.items() {
        namespace.insert(protocol::key(vm, &k)?, v);
    }
    namespace.set_str("__builtins__", Value::Dict(vm.builtins.clone()));
    namespace.set_str("__name__", Value::str(module));
    let code = match crate::loader::load_pyc(pyc) {
        Ok(pyc) => pyc.code,
        Err(e) => return Err(vm.import_error(&format!("minivm's {module} module is damaged: {e}"))),
    };
    vm.exec_code(code, namespace.clone())?;
    for (k, v) in namespace.items() {
        if !matches!(&k, Value::Str(s) if s.as_str() == "__builtins__") {
            dict.insert(protocol::key(vm, &k)?, v);
        }
    }
    Ok(())
}
