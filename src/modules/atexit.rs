//! `atexit`: functions to call when the interpreter exits (after CPython's
//! `Modules/atexitmodule.c`). They are kept on the VM (`Vm::atexit`) and run newest first when
//! the main module ends, after the traceback of an uncaught exception is printed and before
//! the main module's globals are cleared, as in CPython's `Py_FinalizeEx`.

use crate::interp::{PyResult, Vm};
use crate::object::dict::Dict;
use crate::object::exception::PyErr;
use crate::object::function::Args;
use crate::object::protocol::{self, check_args};
use crate::object::value::Value;

/// A registered function with the arguments to call it with. `unregister` empties an entry
/// but keeps its place, so `_ncallbacks` counts it still, as CPython's does.
pub type Callback = Option<Registered>;

pub struct Registered {
    func: Value,
    args: Vec<Value>,
    kwargs: Vec<(Value, Value)>,
}

pub fn init(_vm: &mut Vm, dict: &Dict) -> PyResult<()> {
    super::add_functions(
        dict,
        "atexit",
        &[
            ("register", register),
            ("unregister", unregister),
            ("_run_exitfuncs", run_exitfuncs),
            ("_clear", clear),
            ("_ncallbacks", ncallbacks),
        ],
    );
    Ok(())
}

/// `register(func, /, *args, **kwargs)`: returns `func`, so it serves as a decorator.
fn register(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(func) = args.pos().first() else {
        return Err(vm.type_error("register() takes at least 1 argument (0 given)".into()));
    };
    if !crate::builtins::functions::is_callable(func) {
        return Err(vm.type_error("the first argument must be callable".into()));
    }
    let kwargs = args.kwargs().map(|(k, v)| (Value::str(k), v.clone())).collect();
    vm.atexit.push(Some(Registered { func: func.clone(), args: args.pos()[1..].to_vec(), kwargs }));
    Ok(func.clone())
}

/// `unregister(func)`: removes every registration of `func` (compared with `==`).
fn unregister(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "unregister", &args, 1, 1)?;
    let func = &args.pos()[0];
    for i in 0..vm.atexit.len() {
        let Some(registered) = vm.atexit.get(i).and_then(|cb| cb.as_ref()).map(|cb| cb.func.clone()) else {
            continue;
        };
        if protocol::eq(vm, &registered, func)? {
            vm.atexit[i] = None;
        }
    }
    Ok(Value::None)
}

fn run_exitfuncs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "_run_exitfuncs", &args, 0, 0)?;
    run_all(vm);
    Ok(Value::None)
}

fn clear(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "_clear", &args, 0, 0)?;
    vm.atexit.clear();
    Ok(Value::None)
}

fn ncallbacks(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "_ncallbacks", &args, 0, 0)?;
    Ok(Value::Int(vm.atexit.len() as i64))
}

/// Runs the registered functions, newest first, and forgets them. An exception in one is
/// reported on stderr as CPython reports it ("Exception ignored in atexit callback") and the
/// others still run.
pub fn run_all(vm: &mut Vm) {
    let callbacks = std::mem::take(&mut vm.atexit);
    for cb in callbacks.into_iter().rev().flatten() {
        if let Err(PyErr::Raised(exc) | PyErr::Reraise(exc)) = vm.call(&cb.func, &cb.args, &cb.kwargs) {
            vm.stdout.flush();
            let what = protocol::repr(vm, &cb.func).unwrap_or_default();
            let text = crate::interp::traceback::format_exception(vm, &exc);
            vm.stderr.write_str(&format!("Exception ignored in atexit callback: {what}\n{text}"));
            vm.stderr.flush();
        }
    }
    vm.stdout.flush();
}
