//! Raising and handling exceptions. Handlers are found through the exception table
//! (`unwind.rs`); these instructions run inside them.

use std::rc::Rc;

use super::Flow;
use crate::interp::{Frame, PyResult, Vm};
use crate::object::exception::{Exception, PyErr};
use crate::object::protocol;
use crate::object::value::Value;

/// An exception instance from `raise X` or `raise X()`: a class is called with no arguments.
pub fn make_exception(vm: &mut Vm, v: Value) -> PyResult<Rc<Exception>> {
    match v {
        Value::Exception(e) => Ok(e),
        Value::Type(t) if t.is_subtype(&vm.types.base_exception) => {
            match vm.call(&Value::Type(t.clone()), &[], &[])? {
                Value::Exception(e) => Ok(e),
                other => {
                    let r = protocol::repr(vm, &Value::Type(t))?;
                    Err(vm.type_error(format!(
                        "calling {r} should have returned an instance of BaseException, not {}",
                        protocol::type_name(vm, &other)
                    )))
                }
            }
        }
        _ => Err(vm.type_error("exceptions must derive from BaseException".into())),
    }
}

/// Records the exception being handled as the new one's `__context__`, as raising does
/// (`_PyErr_SetObject`), cutting the chain where it would come back to `exc`.
pub fn set_context(vm: &Vm, exc: &Rc<Exception>) {
    let Value::Exception(handled) = &vm.handled else { return };
    if Rc::ptr_eq(handled, exc) {
        return;
    }
    let mut link = handled.clone();
    loop {
        let next = link.context.borrow().clone();
        let Value::Exception(next) = next else { break };
        if Rc::ptr_eq(&next, exc) {
            *link.context.borrow_mut() = Value::None;
            break;
        }
        link = next;
    }
    *exc.context.borrow_mut() = vm.handled.clone();
}

/// `raise`, `raise exc`, `raise exc from cause`.
/// Pops the exception on top of the stack when it is an instance of `typ` (the loop it ends
/// then goes on); any other exception is re-raised as it is. `op` names the instruction.
pub fn pop_exception_of(
    frame: &mut Frame,
    typ: &Rc<crate::object::types::Type>,
    op: &str,
) -> PyResult<Rc<Exception>> {
    match frame.pop()? {
        Value::Exception(e) if e.typ.is_subtype(typ) => Ok(e),
        Value::Exception(e) => Err(PyErr::Reraise(e)),
        _ => Err(PyErr::fault(format!("{op} of a non-exception"))),
    }
}

pub fn raise_varargs(vm: &mut Vm, frame: &mut Frame, n: u32) -> PyResult<Flow> {
    let cause = if n == 2 { Some(frame.pop()?) } else { None };
    let exc = if n >= 1 { Some(frame.pop()?) } else { None };
    let Some(exc) = exc else {
        return match vm.handled.clone() {
            Value::Exception(e) => Err(PyErr::Reraise(e)),
            _ => Err(vm.runtime_error("No active exception to reraise".into())),
        };
    };
    let exc = make_exception(vm, exc)?;
    if let Some(cause) = cause {
        let cause = match cause {
            Value::None => Value::None,
            other => Value::Exception(
                make_exception(vm, other)
                    .map_err(|_| vm.type_error("exception causes must derive from BaseException".into()))?,
            ),
        };
        *exc.cause.borrow_mut() = cause;
        exc.suppress_context.set(true);
    }
    set_context(vm, &exc);
    Err(PyErr::Raised(exc))
}

/// `(values[oparg], exc -- )`: raises `exc` again without a new traceback entry. With an
/// oparg, `values[0]` is the offset where it was first raised; CPython restores it only for
/// line numbers, while the handler search goes on from this instruction, as here.
pub fn reraise(frame: &mut Frame, oparg: u32) -> PyResult<Flow> {
    let exc = frame.pop()?;
    if oparg != 0 && !matches!(frame.top(oparg as usize - 1)?, Value::Int(_)) {
        return Err(PyErr::fault("RERAISE: lasti is not an int"));
    }
    match exc {
        Value::Exception(e) => Err(PyErr::Reraise(e)),
        _ => Err(PyErr::fault("RERAISE of a non-exception")),
    }
}

/// `(exc -- prev_exc, exc)`: `exc` becomes the exception being handled.
pub fn push_exc_info(vm: &mut Vm, frame: &mut Frame) -> PyResult<Flow> {
    let exc = frame.pop()?;
    let prev = std::mem::replace(&mut vm.handled, exc.clone());
    frame.push(prev)?;
    frame.push(exc)?;
    Ok(Flow::Continue)
}

/// `(prev_exc -- )`: restores the exception handled before this handler.
pub fn pop_except(vm: &mut Vm, frame: &mut Frame) -> PyResult<Flow> {
    vm.handled = frame.pop()?;
    Ok(Flow::Continue)
}

/// Checks that `except` names exception classes (or a tuple of them).
fn check_except_type(vm: &mut Vm, t: &Value) -> PyResult<()> {
    let ok = |v: &Value| matches!(v, Value::Type(t) if t.is_subtype(&vm.types.base_exception));
    let valid = match t {
        Value::Tuple(items) => items.items().iter().all(ok),
        other => ok(other),
    };
    if valid {
        Ok(())
    } else {
        Err(vm.type_error("catching classes that do not inherit from BaseException is not allowed".into()))
    }
}

/// `(exc, type -- exc, matches)`.
pub fn check_exc_match(vm: &mut Vm, frame: &mut Frame) -> PyResult<Flow> {
    let typ = frame.pop()?;
    check_except_type(vm, &typ)?;
    let exc = frame.top(0)?.clone();
    let exc_type = protocol::type_of(vm, &exc);
    let matches = match &typ {
        Value::Tuple(items) => {
            items.items().iter().any(|t| matches!(t, Value::Type(t) if exc_type.is_subtype(t)))
        }
        Value::Type(t) => exc_type.is_subtype(t),
        _ => false,
    };
    frame.push(Value::Bool(matches))?;
    Ok(Flow::Continue)
}

pub fn load_assertion_error(vm: &mut Vm, frame: &mut Frame) -> PyResult<Flow> {
    frame.push(Value::Type(vm.types.assertion_error.clone()))?;
    Ok(Flow::Continue)
}

/// `(mgr -- exit, enter_result)`: looks `__exit__` and `__enter__` up on the class, binds
/// `__exit__` for later and calls `__enter__`.
pub fn before_with(vm: &mut Vm, frame: &mut Frame) -> PyResult<Flow> {
    enter_context(vm, frame, "__enter__", "__exit__", "context manager")
}

/// `(mgr -- exit, enter_result)` for `with` and `async with`: binds the exit method and
/// calls the enter method (whose result `async with` then awaits).
pub fn enter_context(
    vm: &mut Vm,
    frame: &mut Frame,
    enter_name: &str,
    exit_name: &str,
    protocol_name: &str,
) -> PyResult<Flow> {
    let mgr = frame.pop()?;
    let typ = protocol::type_of(vm, &mgr);
    // Builtin context managers (files) have the methods in their tables.
    let builtin = |name: &str| match typ.heap {
        true => crate::object::class::lookup(&typ, &crate::object::str::PyStr::new(name)),
        false => crate::builtins::types::method(typ.kind, name).map(Value::NativeMethod),
    };
    let enter = crate::object::class::special(vm, &mgr, enter_name).or_else(|| builtin(enter_name));
    let exit = crate::object::class::special(vm, &mgr, exit_name).or_else(|| builtin(exit_name));
    let (Some(enter), Some(exit)) = (enter, exit) else {
        let missing = if crate::object::class::special(vm, &mgr, enter_name).is_some() {
            format!(" (missed {exit_name} method)")
        } else {
            String::new()
        };
        return Err(vm.type_error(format!(
            "'{}' object does not support the {protocol_name} protocol{missing}",
            typ.name
        )));
    };
    let exit = crate::object::attr::bind_descriptor(vm, exit, &mgr, &typ)?;
    let enter = crate::object::attr::bind_descriptor(vm, enter, &mgr, &typ)?;
    frame.push(exit)?;
    let result = vm.call(&enter, &[], &[])?;
    frame.push(result)?;
    Ok(Flow::Continue)
}

/// `(exit, lasti, prev_exc, val -- exit, lasti, prev_exc, val, res)`: calls
/// `exit(type(val), val, traceback)` for the exception leaving the `with` block.
pub fn with_except_start(vm: &mut Vm, frame: &mut Frame) -> PyResult<Flow> {
    let val = frame.top(0)?.clone();
    let exit = frame.top(3)?.clone();
    let typ = Value::Type(protocol::type_of(vm, &val));
    let tb = crate::object::attr::getattr(vm, &val, &crate::object::str::PyStr::new("__traceback__"))
        .unwrap_or(Value::None);
    let res = vm.call(&exit, &[typ, val, tb], &[])?;
    frame.push(res)?;
    Ok(Flow::Continue)
}

/// `(exc, type -- rest, match)`: the part of `exc` an `except*` clause handles, and the rest.
pub fn check_eg_match(vm: &mut Vm, frame: &mut Frame) -> PyResult<Flow> {
    let typ = frame.pop()?;
    let exc = frame.pop()?;
    check_except_type(vm, &typ)?;
    let is_group_type =
        |t: &Value| matches!(t, Value::Type(t) if t.is_subtype(&vm.types.base_exception_group));
    let names_group = match &typ {
        Value::Tuple(items) => items.items().iter().any(is_group_type),
        other => is_group_type(other),
    };
    if names_group {
        return Err(
            vm.type_error("catching ExceptionGroup with except* is not allowed. Use except instead.".into())
        );
    }
    let (rest, matched) = crate::object::exception_group::check_match(vm, &exc, &typ)?;
    if !matched.is_none() {
        vm.handled = matched.clone();
    }
    frame.push(rest)?;
    frame.push(matched)?;
    Ok(Flow::Continue)
}
