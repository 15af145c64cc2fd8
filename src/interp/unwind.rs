//! Unwinding through the 3.12 exception table: no block stack, just a lookup of the faulting
//! instruction's offset (`Objects/exception_handling_notes.txt`).

use super::{Frame, Vm};
use crate::object::exception::{PyErr, TracebackEntry};
use crate::object::value::Value;

/// Handles `err` raised in `frame`: records the frame in the traceback, then, if a handler
/// covers the instruction, prepares the frame to run it and returns `None`. Otherwise returns
/// the error for the caller's frame (as a fresh raise there, so it gains its own entry).
pub fn handle(vm: &mut Vm, frame: &mut Frame, err: PyErr) -> Option<PyErr> {
    if vm.tracer.is_some() {
        return traced(vm, frame, err);
    }
    let here = TracebackEntry {
        code: frame.code.object.clone(),
        lasti: frame.lasti,
        globals: Some(frame.globals.clone()),
    };
    let exc = match err {
        PyErr::Fault(fault) => {
            fault.location.borrow_mut().get_or_insert(here);
            return Some(PyErr::Fault(fault));
        }
        PyErr::Raised(exc) => {
            // A fresh error (from an instruction or a builtin) chains to the one being handled.
            if exc.traceback.borrow().is_empty() {
                super::ops::exception::set_context(vm, &exc);
            }
            exc.traceback.borrow_mut().push(here);
            exc
        }
        PyErr::Reraise(exc) => exc,
    };
    let at = frame.lasti as u32;
    let entries = &frame.code.object.exception_entries;
    let Some(entry) = entries.iter().find(|e| e.start <= at && at < e.end).copied() else {
        return Some(PyErr::Raised(exc));
    };
    let depth = entry.depth as usize;
    if depth > frame.stack.len() || depth + 1 + entry.lasti as usize > frame.stack_limit {
        return Some(PyErr::fault("exception table depth exceeds the stack"));
    }
    frame.stack.truncate(depth);
    if entry.lasti {
        frame.stack.push(Value::Int(frame.lasti as i64));
    }
    frame.stack.push(Value::Exception(exc));
    frame.ip = entry.target as usize;
    None
}

/// `handle` under `minivm trace`: the raise, then the handler chosen or the frame left.
#[cold]
fn traced(vm: &mut Vm, frame: &mut Frame, err: PyErr) -> Option<PyErr> {
    // Taken for the inner `handle`, which then runs untraced.
    let Some(mut tracer) = vm.tracer.take() else { return handle(vm, frame, err) };
    tracer.raised(frame, &err);
    let raised_at = frame.lasti;
    let result = handle(vm, frame, err);
    match &result {
        None => tracer.handled(frame, raised_at),
        Some(_) => tracer.left(frame),
    }
    vm.tracer = Some(tracer);
    result
}
