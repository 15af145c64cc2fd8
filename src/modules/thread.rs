//! `_thread`: the low-level threading interface (after CPython's `Modules/_threadmodule.c`)
//! for an interpreter that runs one thread. Locks work as CPython's do for that one thread:
//! a held lock is not released by anyone else, so acquiring it again fails at once
//! (non-blocking), after its timeout, or (blocking for ever) with a RuntimeError instead of a
//! hang. `start_new_thread` raises RuntimeError. The lock classes are Python, in
//! `python/thread_types.py`.

use crate::interp::{PyResult, Vm};
use crate::object::dict::Dict;
use crate::object::function::Args;
use crate::object::protocol::check_args;
use crate::object::value::Value;

static TYPES: &[u8] = include_bytes!("python/thread_types.pyc");

/// CPython's `TIMEOUT_MAX` on Linux: the largest timeout in seconds its clock arithmetic
/// takes.
const TIMEOUT_MAX: f64 = 9223372036.0;

pub fn init(vm: &mut Vm, dict: &Dict) -> PyResult<()> {
    super::add_functions(
        dict,
        "_thread",
        &[
            ("get_ident", get_ident),
            ("get_native_id", get_native_id),
            ("_count", count),
            ("stack_size", stack_size),
            ("daemon_threads_allowed", yes),
            ("_is_main_interpreter", yes),
            ("start_new_thread", start_new_thread),
            ("start_new", start_new_thread),
            ("_sleep", sleep),
        ],
    );
    dict.set_str("TIMEOUT_MAX", Value::Float(TIMEOUT_MAX));
    dict.set_str("error", Value::Type(vm.types.runtime_error.clone()));
    super::native_util::run_python_half(vm, dict, "_thread", TYPES)
}

/// The one thread's identifier: the process id, which on Linux is also the main thread's id.
fn get_ident(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "get_ident", &args, 0, 0)?;
    Ok(Value::Int(std::process::id() as i64))
}

fn get_native_id(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "get_native_id", &args, 0, 0)?;
    Ok(Value::Int(std::process::id() as i64))
}

/// `_count()`: threads started by `start_new_thread` still running: none.
fn count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "_count", &args, 0, 0)?;
    Ok(Value::Int(0))
}

/// `stack_size([size])`: 0 (the platform default); a new size is accepted as CPython checks it.
fn stack_size(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "stack_size", &args, 0, 1)?;
    if let Some(v) = args.pos().first() {
        let n = super::native_util::int(vm, v)?;
        if n != 0 && n < 32768 {
            return Err(vm.value_error("size not valid: 32768 bytes".into()));
        }
    }
    Ok(Value::Int(0))
}

fn yes(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Bool(true))
}

fn start_new_thread(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "start_new_thread", &args, 2, 3)?;
    Err(vm.runtime_error("can't start new thread: minivm runs a single thread".into()))
}

/// `_sleep(seconds)`: what a timed acquire of a held lock waits before it gives up.
fn sleep(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "_sleep", &args, 1, 1)?;
    let secs = crate::object::protocol::to_f64(vm, &args.pos()[0])?;
    if secs > 0.0 && secs.is_finite() {
        std::thread::sleep(std::time::Duration::from_secs_f64(secs));
    }
    Ok(Value::None)
}
