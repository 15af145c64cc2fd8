//! Generator instructions: `YIELD_VALUE`, and the `yield from` / `await` loop (`SEND`,
//! `GET_YIELD_FROM_ITER`, `CLEANUP_THROW`).

use super::Flow;
use crate::interp::frame::ResumedBy;
use crate::interp::generator::Resumed;
use crate::interp::{Frame, PyResult, Vm, adaptive};
use crate::object::misc::Object;
use crate::object::protocol;
use crate::object::value::Value;
use crate::opcode::Opcode;

/// `(value -- sent)`: suspends the frame; the value sent on resumption is pushed then.
pub fn yield_value(frame: &mut Frame) -> PyResult<Flow> {
    Ok(Flow::Yield(frame.pop()?))
}

/// `(iterable -- iter)`: generators are delegated to as they are.
pub fn get_yield_from_iter(vm: &mut Vm, frame: &mut Frame) -> PyResult<Flow> {
    let v = frame.pop()?;
    let it = match &v {
        Value::Object(o) if matches!(&**o, Object::Generator(_)) => v.clone(),
        _ => protocol::iter(vm, &v)?,
    };
    frame.push(it)?;
    Ok(Flow::Continue)
}

/// `(receiver, v -- receiver, result)`: sends `v` into the receiver. A yielded value is left
/// for the `YIELD_VALUE` that follows; when the receiver finishes, its return value is left
/// and the ip jumps to the `END_SEND`.
pub fn send(vm: &mut Vm, frame: &mut Frame, delta: u32) -> PyResult<Flow> {
    let choose = |f: &Frame| match f.top(1).ok()? {
        Value::Object(o) if matches!(&**o, Object::Generator(_)) => Some(Opcode::SendGen),
        _ => None,
    };
    adaptive::adapt(frame, Opcode::Send, choose);
    generic_send(vm, frame, delta)
}

/// `SEND_GEN`: the receiver is a generator or coroutine, resumed in this loop; anything else is
/// a miss.
pub fn send_gen(vm: &mut Vm, frame: &mut Frame, delta: u32) -> PyResult<Flow> {
    if !matches!(frame.top(1), Ok(Value::Object(o)) if matches!(&**o, Object::Generator(_))) {
        return send(vm, frame, delta);
    }
    generic_send(vm, frame, delta)
}

fn generic_send(vm: &mut Vm, frame: &mut Frame, delta: u32) -> PyResult<Flow> {
    let v = frame.pop()?;
    let receiver = frame.top(0)?.clone();
    if let Some(generator_frame) = vm.resume_inline(&receiver, &v, ResumedBy::Send(delta))? {
        return Ok(Flow::Resume(generator_frame));
    }
    match crate::interp::coroutine::send_into(vm, &receiver, v)? {
        Resumed::Yielded(x) => frame.push(x)?,
        Resumed::Returned(r) => {
            frame.push(r)?;
            frame.jump(delta as i64)?;
        }
    }
    Ok(Flow::Continue)
}

/// `(sub_iter, last_sent, exc -- None, value)`: a StopIteration from a delegated `throw()`
/// ends the `yield from` with its value; anything else propagates.
pub fn cleanup_throw(vm: &mut Vm, frame: &mut Frame) -> PyResult<Flow> {
    let stop = super::exception::pop_exception_of(frame, &vm.types.stop_iteration, "CLEANUP_THROW")?;
    frame.pop()?;
    frame.pop()?;
    frame.push(Value::None)?;
    frame.push(stop.args().first().cloned().unwrap_or(Value::None))?;
    Ok(Flow::Continue)
}
