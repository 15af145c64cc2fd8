//! Instructions that only move values on the stack.

use super::Flow;
use crate::interp::{Frame, PyResult};
use crate::object::exception::PyErr;
use crate::object::value::Value;

pub fn pop_top(frame: &mut Frame) -> PyResult<Flow> {
    super::after_drop(frame.pop()?)
}

pub fn push_null(frame: &mut Frame) -> PyResult<Flow> {
    frame.push(Value::Null)?;
    Ok(Flow::Continue)
}

/// The end of a `for` loop's body when the iterator is exhausted: pops the iterator and value.
pub fn end_for(frame: &mut Frame) -> PyResult<Flow> {
    frame.pop()?;
    super::after_drop(frame.pop()?)
}

/// `(receiver, value -- value)`.
pub fn end_send(frame: &mut Frame) -> PyResult<Flow> {
    let value = frame.pop()?;
    frame.pop()?;
    frame.push(value)?;
    Ok(Flow::Continue)
}

/// Pushes a copy of the `n`-th item (1 is the top).
pub fn copy(frame: &mut Frame, n: u32) -> PyResult<Flow> {
    if n == 0 {
        return Err(PyErr::fault("COPY 0"));
    }
    let v = frame.top(n as usize - 1)?.clone();
    frame.push(v)?;
    Ok(Flow::Continue)
}

/// Swaps the top with the `n`-th item.
pub fn swap(frame: &mut Frame, n: u32) -> PyResult<Flow> {
    let len = frame.stack.len();
    if n < 2 || n as usize > len {
        return Err(PyErr::fault(format!("SWAP {n} with {len} values on the stack")));
    }
    frame.stack.swap(len - 1, len - n as usize);
    Ok(Flow::Continue)
}
