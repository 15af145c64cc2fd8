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
    /// The frame's globals, for `tb_frame.f_globals`.
    pub globals: Option<Rc<super::dict::Dict>>,
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

    /// A SyntaxError's field (`SyntaxError_init`): set on the object, else taken from
    /// `args`, which are `(msg, (filename, lineno, offset, text[, end_lineno, end_offset]))`.
    pub fn syntax_field(&self, name: &str) -> Value {
        if let Some(v) = self.attrs.get_str(&super::str::PyStr::new(name)) {
            return v;
        }
        let args = self.args();
        let at = |i: usize| match args.get(1) {
            Some(Value::Tuple(t)) if (4..=6).contains(&t.len()) && args.len() == 2 => {
                t.items().get(i).cloned().unwrap_or(Value::None)
            }
            _ => Value::None,
        };
        match name {
            "msg" => args.first().cloned().unwrap_or(Value::None),
            "filename" => at(0),
            "lineno" => at(1),
            "offset" => at(2),
            "text" => at(3),
            "end_lineno" => at(4),
            "end_offset" => at(5),
            _ => Value::None,
        }
    }
}

/// The fields every SyntaxError has (`print_file_and_line` is always None).
pub const SYNTAX_FIELDS: &[&str] =
    &["msg", "filename", "lineno", "offset", "text", "end_lineno", "end_offset", "print_file_and_line"];

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
