//! Control flow: jumps, returns, and `for` loops.

use super::Flow;
use crate::interp::frame::ResumedBy;
use crate::interp::{Frame, PyResult, Vm};
use crate::object::protocol;
use crate::object::value::Value;

pub fn jump_forward(frame: &mut Frame, delta: u32) -> PyResult<Flow> {
    frame.jump(delta as i64)?;
    Ok(Flow::Continue)
}

pub fn jump_backward(frame: &mut Frame, delta: u32) -> PyResult<Flow> {
    frame.jump(-(delta as i64))?;
    Ok(Flow::Continue)
}

pub fn pop_jump_if(vm: &mut Vm, frame: &mut Frame, delta: u32, when: bool) -> PyResult<Flow> {
    let v = frame.pop()?;
    let b = match v {
        Value::Bool(b) => b,
        _ => protocol::truthy(vm, &v)?,
    };
    if b == when {
        frame.jump(delta as i64)?;
    }
    Ok(Flow::Continue)
}

pub fn pop_jump_if_none(frame: &mut Frame, delta: u32, when_none: bool) -> PyResult<Flow> {
    let v = frame.pop()?;
    if v.is_none() == when_none {
        frame.jump(delta as i64)?;
    }
    Ok(Flow::Continue)
}

pub fn return_value(frame: &mut Frame) -> PyResult<Flow> {
    Ok(Flow::Return(frame.pop()?))
}

pub fn return_const(frame: &mut Frame, i: u32) -> PyResult<Flow> {
    Ok(Flow::Return(frame.const_(i)?.clone()))
}

pub fn get_iter(vm: &mut Vm, frame: &mut Frame) -> PyResult<Flow> {
    let v = frame.pop()?;
    let it = protocol::iter(vm, &v)?;
    frame.push(it)?;
    Ok(Flow::Continue)
}

/// `(iter -- iter, next)`; when exhausted, pops the iterator and jumps past the `END_FOR`
/// that the target names.
pub fn for_iter(vm: &mut Vm, frame: &mut Frame, delta: u32) -> PyResult<Flow> {
    let it = frame.top(0)?.clone();
    if let Some(generator_frame) = vm.resume_inline(&it, &Value::None, ResumedBy::ForIter(delta))? {
        return Ok(Flow::Resume(generator_frame));
    }
    match protocol::next(vm, &it)? {
        Some(v) => frame.push(v)?,
        None => {
            frame.pop()?;
            frame.jump(delta as i64 + 1)?;
        }
    }
    Ok(Flow::Continue)
}
