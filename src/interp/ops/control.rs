//! Control flow: jumps, returns, and `for` loops.

use super::Flow;
use crate::interp::frame::ResumedBy;
use crate::interp::{Frame, PyResult, Vm, adaptive};
use crate::object::misc::{Iter, Object};
use crate::object::protocol;
use crate::object::value::Value;
use crate::opcode::Opcode;

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
    if let Some(form) = adaptive::adapt(frame, Opcode::ForIter, |f| iterator_form(f.top(0).ok()?)) {
        return run_for_iter_form(vm, frame, delta, form);
    }
    generic_for_iter(vm, frame, delta)
}

/// The FOR_ITER form for an iterator: over a list, a tuple or a range, or a generator.
fn iterator_form(it: &Value) -> Option<Opcode> {
    let Value::Object(o) = it else { return None };
    match &**o {
        Object::Iter(cell) => match &*cell.borrow() {
            Iter::List { .. } => Some(Opcode::ForIterList),
            Iter::Tuple { .. } => Some(Opcode::ForIterTuple),
            Iter::Range { .. } => Some(Opcode::ForIterRange),
            _ => None,
        },
        Object::Generator(g) if g.is_plain() => Some(Opcode::ForIterGen),
        _ => None,
    }
}

fn run_for_iter_form(vm: &mut Vm, frame: &mut Frame, delta: u32, form: Opcode) -> PyResult<Flow> {
    match form {
        Opcode::ForIterGen => for_iter_gen(vm, frame, delta),
        _ => for_iter_sequence(vm, frame, delta, form),
    }
}

/// `FOR_ITER_LIST`, `FOR_ITER_TUPLE` and `FOR_ITER_RANGE`: the next item straight from the
/// iterator's state; a different iterator is a miss.
pub fn for_iter_sequence(vm: &mut Vm, frame: &mut Frame, delta: u32, form: Opcode) -> PyResult<Flow> {
    let step = {
        let Ok(Value::Object(o)) = frame.top(0) else { return for_iter(vm, frame, delta) };
        let Object::Iter(cell) = &**o else { return for_iter(vm, frame, delta) };
        let mut state = cell.borrow_mut();
        match (&mut *state, form) {
            (Iter::List { list, index }, Opcode::ForIterList) => {
                let item = list.get(*index);
                *index += 1;
                Some(item)
            }
            (Iter::Tuple { tuple, index }, Opcode::ForIterTuple) => {
                let item = tuple.items().get(*index).cloned();
                *index += 1;
                Some(item)
            }
            (Iter::Range { next, step, remaining }, Opcode::ForIterRange) => {
                if *remaining <= 0 {
                    Some(None)
                } else {
                    let v = *next;
                    *remaining -= 1;
                    *next = next.wrapping_add(*step);
                    Some(Some(Value::Int(v)))
                }
            }
            _ => None,
        }
    };
    match step {
        None => for_iter(vm, frame, delta),
        Some(Some(v)) => {
            frame.push(v)?;
            Ok(Flow::Continue)
        }
        Some(None) => {
            frame.pop()?;
            frame.jump(delta as i64 + 1)?;
            Ok(Flow::Continue)
        }
    }
}

pub fn for_iter_list(vm: &mut Vm, frame: &mut Frame, delta: u32) -> PyResult<Flow> {
    for_iter_sequence(vm, frame, delta, Opcode::ForIterList)
}

pub fn for_iter_tuple(vm: &mut Vm, frame: &mut Frame, delta: u32) -> PyResult<Flow> {
    for_iter_sequence(vm, frame, delta, Opcode::ForIterTuple)
}

pub fn for_iter_range(vm: &mut Vm, frame: &mut Frame, delta: u32) -> PyResult<Flow> {
    for_iter_sequence(vm, frame, delta, Opcode::ForIterRange)
}

/// `FOR_ITER_GEN`: a plain generator that is not running is resumed in this loop.
pub fn for_iter_gen(vm: &mut Vm, frame: &mut Frame, delta: u32) -> PyResult<Flow> {
    let it = frame.top(0)?.clone();
    match vm.resume_inline(&it, &Value::None, ResumedBy::ForIter(delta))? {
        Some(generator_frame) => Ok(Flow::Resume(generator_frame)),
        None => for_iter(vm, frame, delta),
    }
}

fn generic_for_iter(vm: &mut Vm, frame: &mut Frame, delta: u32) -> PyResult<Flow> {
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
