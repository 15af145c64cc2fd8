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
        _ => {
            if frame.code.extensions != 0
                && let Some(form) = truth_form(&v, when)
            {
                crate::interp::adaptive::specialise_uncached(frame, form);
            }
            protocol::truthy(vm, &v)?
        }
    };
    if b == when {
        frame.jump(delta as i64)?;
    }
    Ok(Flow::Continue)
}

/// The `POP_JUMP_IF_*__TO_BOOL_*` form (minivm extension, after CPython 3.13's `TO_BOOL`
/// forms) for a value's truth test, if it has one.
fn truth_form(v: &Value, when: bool) -> Option<Opcode> {
    use Opcode::*;
    Some(match (v, when) {
        (Value::Int(_) | Value::BigInt(_), false) => PopJumpIfFalseToBoolInt,
        (Value::Int(_) | Value::BigInt(_), true) => PopJumpIfTrueToBoolInt,
        (Value::List(_), false) => PopJumpIfFalseToBoolList,
        (Value::List(_), true) => PopJumpIfTrueToBoolList,
        (Value::None, false) => PopJumpIfFalseToBoolNone,
        (Value::None, true) => PopJumpIfTrueToBoolNone,
        (Value::Str(_), false) => PopJumpIfFalseToBoolStr,
        (Value::Str(_), true) => PopJumpIfTrueToBoolStr,
        _ => return None,
    })
}

/// `POP_JUMP_IF_FALSE__TO_BOOL_INT` and the other truth-test forms: the value is of the kind
/// the form tests (an int, a list, None, a str), so its truth needs no protocol call.
/// Anything else sends the site back to the generic jump.
pub fn pop_jump_if_typed(
    vm: &mut Vm,
    frame: &mut Frame,
    delta: u32,
    when: bool,
    form: Opcode,
) -> PyResult<Flow> {
    use Opcode::*;
    let truth = match (form, frame.top(0)?) {
        (PopJumpIfFalseToBoolInt | PopJumpIfTrueToBoolInt, Value::Int(i)) => Some(*i != 0),
        (PopJumpIfFalseToBoolInt | PopJumpIfTrueToBoolInt, Value::BigInt(_)) => Some(true),
        (PopJumpIfFalseToBoolList | PopJumpIfTrueToBoolList, Value::List(l)) => Some(!l.is_empty()),
        (PopJumpIfFalseToBoolNone | PopJumpIfTrueToBoolNone, Value::None) => Some(false),
        (PopJumpIfFalseToBoolStr | PopJumpIfTrueToBoolStr, Value::Str(s)) => Some(!s.is_empty()),
        _ => None,
    };
    let Some(truth) = truth else {
        crate::interp::adaptive::deopt_uncached(frame, form);
        return pop_jump_if(vm, frame, delta, when);
    };
    let v = frame.pop()?;
    if truth == when {
        frame.jump(delta as i64)?;
    }
    super::after_drop(v)
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
    let form = match it {
        Value::Object(o) => match &**o {
            Object::Iter(cell) => match &*cell.borrow() {
                Iter::List { .. } => Some(Opcode::ForIterList),
                Iter::Tuple { .. } => Some(Opcode::ForIterTuple),
                Iter::Range { .. } => Some(Opcode::ForIterRange),
                _ => None,
            },
            Object::Generator(g) if g.is_plain() => Some(Opcode::ForIterGen),
            _ => None,
        },
        _ => None,
    };
    if form.is_none() {
        adaptive::because(|| {
            format!(
                "no form for a {} (3.12 has list, tuple, range and generator forms)",
                adaptive::value_type_name(it)
            )
        });
    }
    form
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
