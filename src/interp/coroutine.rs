//! Coroutines and async generators (PEP 492, PEP 525). A coroutine is a generator frame
//! whose yields go to whoever drives it (an event loop calling `send(None)`); `await` is the
//! same `SEND` loop as `yield from`. An async generator yields two kinds of value: those it
//! yields to its consumer are wrapped (`AsyncGenValue`), while those its awaits pass up go on
//! to the event loop. `__anext__()` returns an `AsyncGenOp` awaitable that tells them apart.

use std::cell::Cell;
use std::rc::Rc;

use super::generator::{Generator, Resumed};
use super::{PyResult, Vm};
use crate::object::exception::{Exception, PyErr};
use crate::object::misc::Object;
use crate::object::protocol;
use crate::object::str::PyStr;
use crate::object::value::Value;

/// What an `AsyncGenOp` does to its generator when first awaited.
pub enum AsyncOpKind {
    /// `__anext__()` (None) or `asend(value)`.
    Send(Value),
    /// `athrow(exc)`.
    Throw(Value),
    /// `aclose()`: throws GeneratorExit and expects the generator to finish.
    Close,
}

/// The awaitable returned by `__anext__`, `asend`, `athrow` and `aclose`.
pub struct AsyncGenOp {
    /// The async generator (an `Object::Generator`).
    pub generator: Value,
    pub kind: AsyncOpKind,
    started: Cell<bool>,
    done: Cell<bool>,
}

impl AsyncGenOp {
    /// A new operation on `generator`, as a Python value.
    pub fn value(generator: Value, kind: AsyncOpKind) -> Value {
        let op = AsyncGenOp { generator, kind, started: Cell::new(false), done: Cell::new(false) };
        Value::object(Object::AsyncGenOp(op))
    }
}

fn generator_of(v: &Value) -> PyResult<&Generator> {
    match v {
        Value::Object(o) if let Object::Generator(g) = &**o => Ok(g),
        _ => Err(PyErr::fault("expected a generator object")),
    }
}

/// Sends `v` into the receiver of a `SEND` (or `next()`/`send()` on one): a generator or
/// coroutine, an async generator's awaitable, or any iterator (`send` for non-None values).
pub fn send_into(vm: &mut Vm, receiver: &Value, v: Value) -> PyResult<Resumed> {
    if let Value::Object(o) = receiver {
        match &**o {
            Object::Generator(g) => return vm.resume(g, v, None),
            Object::AsyncGenOp(op) => return step(vm, op, v, None),
            Object::CoroutineWrapper(coroutine) => return send_into(vm, &coroutine.clone(), v),
            _ => {}
        }
    }
    if v.is_none() {
        return Ok(match protocol::next(vm, receiver)? {
            Some(x) => Resumed::Yielded(x),
            None => Resumed::Returned(Value::None),
        });
    }
    let send = crate::object::attr::getattr(vm, receiver, &PyStr::new("send"))?;
    match vm.call(&send, &[v], &[]) {
        Ok(x) => Ok(Resumed::Yielded(x)),
        Err(e) if e.is_instance(&vm.types.stop_iteration) => {
            let value = e.exception().and_then(|x| x.args().first().cloned());
            Ok(Resumed::Returned(value.unwrap_or(Value::None)))
        }
        Err(e) => Err(e),
    }
}

/// Runs an async generator operation one step: resumes the generator with `sent` (or raises
/// `throw` in it) and sorts out what came back.
pub fn step(vm: &mut Vm, op: &AsyncGenOp, sent: Value, throw: Option<PyErr>) -> PyResult<Resumed> {
    if op.done.get() {
        let what = match op.kind {
            AsyncOpKind::Send(_) => "__anext__()/asend()",
            _ => "aclose()/athrow()",
        };
        return Err(vm.runtime_error(format!("cannot reuse already awaited {what}")));
    }
    let generator = generator_of(&op.generator)?;
    let first = !op.started.replace(true);
    let (sent, throw) = match (&op.kind, first) {
        (AsyncOpKind::Send(initial), true) if sent.is_none() && throw.is_none() => (initial.clone(), None),
        (AsyncOpKind::Throw(exc), true) if throw.is_none() => {
            let exc = super::ops::exception::make_exception(vm, exc.clone())?;
            (Value::None, Some(PyErr::Raised(exc)))
        }
        (AsyncOpKind::Close, true) if throw.is_none() => {
            let exit = Exception::new(vm.types.generator_exit.clone(), vec![]);
            (Value::None, Some(PyErr::Raised(Rc::new(exit))))
        }
        _ => (sent, throw),
    };
    if matches!(op.kind, AsyncOpKind::Close)
        && first
        && generator.state.get() == super::generator::State::Created
    {
        // Closing a generator that never started: nothing runs.
        op.done.set(true);
        vm.close_generator(generator)?;
        return Ok(Resumed::Returned(Value::None));
    }
    let outcome = vm.resume(generator, sent, throw);
    let closing = matches!(op.kind, AsyncOpKind::Close);
    match outcome {
        Ok(Resumed::Yielded(Value::Object(ref o))) if let Object::AsyncGenValue(x) = &**o => {
            op.done.set(true);
            if closing {
                return Err(vm.runtime_error("async generator ignored GeneratorExit".into()));
            }
            Ok(Resumed::Returned(x.clone()))
        }
        Ok(Resumed::Yielded(x)) => Ok(Resumed::Yielded(x)),
        Ok(Resumed::Returned(_)) => {
            op.done.set(true);
            if closing {
                return Ok(Resumed::Returned(Value::None));
            }
            let stop = Exception::new(vm.types.stop_async_iteration.clone(), vec![]);
            Err(PyErr::Raised(Rc::new(stop)))
        }
        Err(e) => {
            op.done.set(true);
            let finished_quietly =
                e.is_instance(&vm.types.generator_exit) || e.is_instance(&vm.types.stop_async_iteration);
            if closing && finished_quietly {
                return Ok(Resumed::Returned(Value::None));
            }
            Err(e)
        }
    }
}

/// The iterator an `await` drives for `v` (`GET_AWAITABLE`), or None when `v` has no
/// `__await__`: coroutines and async generator operations are their own; other objects
/// give the iterator their `__await__()` returns.
pub fn awaitable(vm: &mut Vm, v: &Value) -> PyResult<Option<Value>> {
    if let Value::Object(o) = v {
        match &**o {
            Object::Generator(g) if g.flags.has(crate::code::CodeFlags::COROUTINE) => {
                return Ok(Some(v.clone()));
            }
            Object::AsyncGenOp(_) => return Ok(Some(v.clone())),
            _ => {}
        }
    }
    if !crate::object::dunder::is_user(v) {
        return Ok(None);
    }
    let Some(it) = crate::object::class::call_special(vm, v, "__await__", &[])? else {
        return Ok(None);
    };
    if let Value::Object(o) = &it
        && let Object::Generator(g) = &**o
        && g.flags.has(crate::code::CodeFlags::COROUTINE)
    {
        return Err(vm.type_error("__await__() returned a coroutine".into()));
    }
    let has_next = crate::object::class::special(vm, &it, "__next__").is_some();
    if !(has_next || protocol::is_iterator(&it)) {
        let name = protocol::type_name(vm, &it);
        return Err(vm.type_error(format!("__await__() returned non-iterator of type '{name}'")));
    }
    Ok(Some(it))
}
