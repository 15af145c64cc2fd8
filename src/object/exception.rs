//! Exception objects and `PyErr`, the error half of every `PyResult`.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use super::dict::Dict;
use super::types::Type;
use super::value::Value;
use crate::code::CodeObject;

/// One frame of a traceback: the code and the instruction that was running.
#[derive(Clone)]
pub struct TracebackEntry {
    pub code: Rc<CodeObject>,
    /// Index of the instruction, in code units.
    pub lasti: usize,
}

pub struct Exception {
    pub typ: Rc<Type>,
    /// `args`: always a tuple.
    pub args: RefCell<Value>,
    /// One entry per frame the exception passed through, innermost first (the traceback
    /// prints them in reverse, most recent call last).
    pub traceback: RefCell<Vec<TracebackEntry>>,
    pub cause: RefCell<Value>,
    pub context: RefCell<Value>,
    pub suppress_context: Cell<bool>,
    /// Other attributes (`StopIteration.value`, attributes set by a subclass).
    pub attrs: Dict,
}

impl Exception {
    pub fn new(typ: Rc<Type>, args: Vec<Value>) -> Exception {
        Exception {
            typ,
            args: RefCell::new(Value::tuple(args)),
            traceback: RefCell::new(Vec::new()),
            cause: RefCell::new(Value::None),
            context: RefCell::new(Value::None),
            suppress_context: Cell::new(false),
            attrs: Dict::new(),
        }
    }

    pub fn args(&self) -> Vec<Value> {
        match &*self.args.borrow() {
            Value::Tuple(t) => t.items().to_vec(),
            _ => Vec::new(),
        }
    }
}

/// Why execution stopped: a raised Python exception, or a fault in the bytecode itself that
/// no Python handler may catch (it ends the run with exit status 2).
#[derive(Clone)]
pub enum PyErr {
    Raised(Rc<Exception>),
    /// Raised again by `RERAISE` or a bare `raise`: the traceback gains no entry for the
    /// frame that re-raises it.
    Reraise(Rc<Exception>),
    Fault(Rc<Fault>),
}

/// Malformed bytecode: where it was found and what was wrong.
pub struct Fault {
    pub message: String,
    /// The code object and instruction, once known.
    pub location: RefCell<Option<TracebackEntry>>,
}

impl PyErr {
    pub fn fault(message: impl Into<String>) -> PyErr {
        PyErr::Fault(Rc::new(Fault { message: message.into(), location: RefCell::new(None) }))
    }

    pub fn exception(&self) -> Option<&Rc<Exception>> {
        match self {
            PyErr::Raised(e) | PyErr::Reraise(e) => Some(e),
            PyErr::Fault(_) => None,
        }
    }

    pub fn is_instance(&self, typ: &Rc<Type>) -> bool {
        self.exception().is_some_and(|e| e.typ.is_subtype(typ))
    }
}
