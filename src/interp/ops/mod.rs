//! Instruction handlers, grouped by family. Each takes the frame (and the VM when it needs
//! the object model) and returns what the loop should do next.

pub mod attr;
pub mod attr_forms;
pub mod binary;
pub mod build;
pub mod call;
pub mod call_native;
pub mod control;
pub mod coroutine;
pub mod exception;
pub mod generator;
pub mod imports;
pub mod load;
pub mod matching;
pub mod stack;

use super::Frame;
use crate::object::value::Value;

/// What the loop does after an instruction.
pub enum Flow {
    /// Go on with the next instruction of this frame.
    Continue,
    /// Leave this frame with a value.
    Return(Value),
    /// Run this new frame; its return value is pushed here.
    Call(Box<Frame>),
    /// Run this generator's frame (resumed by `FOR_ITER` or `SEND`) on top of this one.
    Resume(Box<Frame>),
    /// Suspend this (generator) frame, handing a value to whoever resumed it.
    Yield(Value),
    /// Turn this frame into a generator object and return that to the caller.
    ReturnGenerator,
    /// A suspended generator was just dropped with cleanup to run: close it, then go on.
    Finalize,
}

/// Whether `flow`, from an instruction that drops a value (so `Continue` or `Finalize`, which
/// own nothing), asks for finalisers; consumed without a call to `Flow`'s drop glue, which the
/// compiler does not always inline.
#[inline(always)]
pub fn wants_finalize(flow: Flow) -> bool {
    let finalize = matches!(flow, Flow::Finalize);
    debug_assert!(finalize || matches!(flow, Flow::Continue));
    std::mem::forget(flow);
    finalize
}

/// What an instruction that drops a value returns: `Finalize` when that value (or anything
/// it held) was a suspended generator whose `finally`/`with` must still run.
#[inline(always)]
pub fn after_drop(dropped: Value) -> crate::interp::PyResult<Flow> {
    if !matches!(
        dropped,
        Value::Object(_) | Value::Instance(_) | Value::List(_) | Value::Tuple(_) | Value::Dict(_)
    ) {
        return Ok(Flow::Continue);
    }
    drop(dropped);
    Ok(if crate::interp::generator::abandoned_pending() { Flow::Finalize } else { Flow::Continue })
}
