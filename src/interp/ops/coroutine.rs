//! Coroutine instructions: `GET_AWAITABLE`, `async for` (`GET_AITER`, `GET_ANEXT`,
//! `END_ASYNC_FOR`) and `async with` (`BEFORE_ASYNC_WITH`). The awaiting itself is the
//! `SEND` loop in `ops::generator`.

use super::Flow;
use crate::interp::coroutine::{AsyncGenOp, AsyncOpKind, awaitable};
use crate::interp::{Frame, PyResult, Vm};
use crate::object::class::{call_special, special};
use crate::object::misc::Object;
use crate::object::protocol::type_name;
use crate::object::value::Value;

/// `(obj -- iter)`: the iterator `await obj` drives. `where_` says which `await` it is
/// (1: the `__aenter__` of `async with`, 2: its `__aexit__`), for the error message.
pub fn get_awaitable(vm: &mut Vm, frame: &mut Frame, where_: u32) -> PyResult<Flow> {
    let v = frame.pop()?;
    let Some(it) = awaitable(vm, &v)? else {
        let name = type_name(vm, &v);
        let message = match where_ {
            1 => format!(
                "'async with' received an object from __aenter__ that does not implement __await__: {name}"
            ),
            2 => format!(
                "'async with' received an object from __aexit__ that does not implement __await__: {name}"
            ),
            _ => format!("object {name} can't be used in 'await' expression"),
        };
        return Err(vm.type_error(message));
    };
    frame.push(it)?;
    Ok(Flow::Continue)
}

/// Whether `v` is an async generator.
fn is_async_generator(v: &Value) -> bool {
    matches!(v, Value::Object(o) if matches!(&**o, Object::Generator(g)
        if g.flags.has(crate::code::CodeFlags::ASYNC_GENERATOR)))
}

/// Whether `v` has an `__anext__` (async generators do).
fn has_anext(vm: &Vm, v: &Value) -> bool {
    is_async_generator(v) || special(vm, v, "__anext__").is_some()
}

/// `(obj -- obj.__aiter__())`, for `async for`.
pub fn get_aiter(vm: &mut Vm, frame: &mut Frame) -> PyResult<Flow> {
    let obj = frame.pop()?;
    let iter = if is_async_generator(&obj) {
        obj
    } else {
        match call_special(vm, &obj, "__aiter__", &[])? {
            Some(it) => it,
            None => {
                let name = type_name(vm, &obj);
                return Err(vm.type_error(format!(
                    "'async for' requires an object with __aiter__ method, got {name}"
                )));
            }
        }
    };
    if !has_anext(vm, &iter) {
        let name = type_name(vm, &iter);
        return Err(vm.type_error(format!(
            "'async for' received an object from __aiter__ that does not implement __anext__: {name}"
        )));
    }
    frame.push(iter)?;
    Ok(Flow::Continue)
}

/// `(aiter -- aiter, awaitable)`: the awaitable of the next item.
pub fn get_anext(vm: &mut Vm, frame: &mut Frame) -> PyResult<Flow> {
    let aiter = frame.top(0)?.clone();
    let next = if is_async_generator(&aiter) {
        AsyncGenOp::value(aiter, AsyncOpKind::Send(Value::None))
    } else {
        let Some(next) = call_special(vm, &aiter, "__anext__", &[])? else {
            let name = type_name(vm, &aiter);
            return Err(
                vm.type_error(format!("'async for' requires an iterator with __anext__ method, got {name}"))
            );
        };
        match awaitable(vm, &next)? {
            Some(it) => it,
            None => {
                let name = type_name(vm, &next);
                return Err(
                    vm.type_error(format!("'async for' received an invalid object from __anext__: {name}"))
                );
            }
        }
    };
    frame.push(next)?;
    Ok(Flow::Continue)
}

/// `(awaitable, exc -- )`: StopAsyncIteration ends the `async for`; anything else propagates.
pub fn end_async_for(vm: &mut Vm, frame: &mut Frame) -> PyResult<Flow> {
    super::exception::pop_exception_of(frame, &vm.types.stop_async_iteration, "END_ASYNC_FOR")?;
    frame.pop()?;
    Ok(Flow::Continue)
}

/// `(mgr -- exit, aenter_result)`: `async with` looks up `__aenter__` and `__aexit__`.
pub fn before_async_with(vm: &mut Vm, frame: &mut Frame) -> PyResult<Flow> {
    super::exception::enter_context(vm, frame, "__aenter__", "__aexit__", "asynchronous context manager")
}
