//! Operators: unary, binary, comparisons, identity, membership and subscripts. The
//! semantics are the object protocols'; these handlers move the operands.

use super::Flow;
use crate::interp::{Frame, PyResult, Vm};
use crate::object::exception::PyErr;
use crate::object::protocol::{self, CompareOp};
use crate::object::value::Value;

pub fn unary_negative(vm: &mut Vm, frame: &mut Frame) -> PyResult<Flow> {
    let v = frame.pop()?;
    let r = protocol::neg(vm, &v)?;
    frame.push(r)?;
    Ok(Flow::Continue)
}

pub fn unary_not(vm: &mut Vm, frame: &mut Frame) -> PyResult<Flow> {
    let v = frame.pop()?;
    let r = !protocol::truthy(vm, &v)?;
    frame.push(Value::Bool(r))?;
    Ok(Flow::Continue)
}

pub fn unary_invert(vm: &mut Vm, frame: &mut Frame) -> PyResult<Flow> {
    let v = frame.pop()?;
    let r = protocol::invert(vm, &v)?;
    frame.push(r)?;
    Ok(Flow::Continue)
}

/// `(left, right -- left op right)`; ints that fit take the fast path without a call.
pub fn binary_op(vm: &mut Vm, frame: &mut Frame, op: u32) -> PyResult<Flow> {
    let right = frame.pop()?;
    let left = frame.pop()?;
    let r = match (&left, &right, op) {
        (Value::Int(a), Value::Int(b), 0 | 13) if a.checked_add(*b).is_some() => Value::Int(a + b),
        (Value::Int(a), Value::Int(b), 10 | 23) if a.checked_sub(*b).is_some() => Value::Int(a - b),
        (Value::Float(a), Value::Float(b), 0 | 13) => Value::Float(a + b),
        _ => protocol::binary_op(vm, &left, &right, op)?,
    };
    frame.push(r)?;
    Ok(Flow::Continue)
}

pub fn compare_op(vm: &mut Vm, frame: &mut Frame, arg: u32) -> PyResult<Flow> {
    let right = frame.pop()?;
    let left = frame.pop()?;
    let op = CompareOp::from_oparg(arg).ok_or_else(|| PyErr::fault(format!("COMPARE_OP {arg}")))?;
    let r = match (&left, &right) {
        (Value::Int(a), Value::Int(b)) => Value::Bool(match op {
            CompareOp::Lt => a < b,
            CompareOp::Le => a <= b,
            CompareOp::Eq => a == b,
            CompareOp::Ne => a != b,
            CompareOp::Gt => a > b,
            CompareOp::Ge => a >= b,
        }),
        _ => protocol::compare(vm, &left, &right, op)?,
    };
    frame.push(r)?;
    Ok(Flow::Continue)
}

pub fn is_op(frame: &mut Frame, invert: u32) -> PyResult<Flow> {
    let right = frame.pop()?;
    let left = frame.pop()?;
    frame.push(Value::Bool(left.is(&right) != (invert == 1)))?;
    Ok(Flow::Continue)
}

pub fn contains_op(vm: &mut Vm, frame: &mut Frame, invert: u32) -> PyResult<Flow> {
    let right = frame.pop()?;
    let left = frame.pop()?;
    let r = protocol::contains(vm, &right, &left)?;
    frame.push(Value::Bool(r != (invert == 1)))?;
    Ok(Flow::Continue)
}

pub fn binary_subscr(vm: &mut Vm, frame: &mut Frame) -> PyResult<Flow> {
    let sub = frame.pop()?;
    let container = frame.pop()?;
    let r = protocol::getitem(vm, &container, &sub)?;
    frame.push(r)?;
    Ok(Flow::Continue)
}

/// `(value, container, sub -- )`.
pub fn store_subscr(vm: &mut Vm, frame: &mut Frame) -> PyResult<Flow> {
    let sub = frame.pop()?;
    let container = frame.pop()?;
    let value = frame.pop()?;
    protocol::setitem(vm, &container, &sub, value)?;
    Ok(Flow::Continue)
}

pub fn delete_subscr(vm: &mut Vm, frame: &mut Frame) -> PyResult<Flow> {
    let sub = frame.pop()?;
    let container = frame.pop()?;
    protocol::delitem(vm, &container, &sub)?;
    Ok(Flow::Continue)
}

/// `(container, start, stop -- container[start:stop])`.
pub fn binary_slice(vm: &mut Vm, frame: &mut Frame) -> PyResult<Flow> {
    let stop = frame.pop()?;
    let start = frame.pop()?;
    let container = frame.pop()?;
    let r = protocol::get_slice(vm, &container, &start, &stop, &Value::None)?;
    frame.push(r)?;
    Ok(Flow::Continue)
}

/// `(value, container, start, stop -- )`.
pub fn store_slice(vm: &mut Vm, frame: &mut Frame) -> PyResult<Flow> {
    let stop = frame.pop()?;
    let start = frame.pop()?;
    let container = frame.pop()?;
    let value = frame.pop()?;
    let slice = Value::object(crate::object::misc::Object::Slice { start, stop, step: Value::None });
    protocol::setitem(vm, &container, &slice, value)?;
    Ok(Flow::Continue)
}
