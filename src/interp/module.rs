//! Running a module's code object: a fresh globals dict (also its locals), the builtins, and
//! one frame; and what the process exit status becomes when it ends.

use std::rc::Rc;

use super::code::Code;
use super::frame::Frame;
use super::{PyResult, Vm};
use crate::code::CodeObject;
use crate::object::dict::Dict;
use crate::object::exception::PyErr;
use crate::object::protocol;
use crate::object::value::Value;

/// How a run ended, for the command line.
pub enum Outcome {
    /// Exit status 0, 1 (uncaught exception, traceback printed) or a `SystemExit` code.
    Exit(i32),
    /// Malformed bytecode: the message names the code object and offset.
    Fault(String),
}

impl Vm {
    /// Runs `code` as the module `name` and returns its globals.
    pub fn run_module(&mut self, code: Rc<CodeObject>, name: &str) -> PyResult<Rc<Dict>> {
        let globals = Rc::new(Dict::new());
        globals.set_str("__name__", Value::str(name));
        globals.set_str("__doc__", Value::None);
        globals.set_str("__builtins__", Value::Dict(self.builtins.clone()));
        let code = Code::new(code);
        let nlocals = code.object.localsplusnames.len();
        let mut frame = Frame::new(code, globals.clone(), self.builtins.clone(), vec![Value::Null; nlocals]);
        frame.locals = Some(globals.clone());
        self.run_frame(Box::new(frame))?;
        Ok(globals)
    }

    /// Runs a module as `__main__` and turns its end into an exit status, printing the
    /// traceback of an uncaught exception to stderr as CPython does.
    pub fn run_main(&mut self, code: Rc<CodeObject>) -> Outcome {
        let result = self.run_module(code, "__main__");
        if let Ok(globals) = &result {
            self.shut_down(globals);
        }
        self.stdout.flush();
        let outcome = match result {
            Ok(_) => Outcome::Exit(0),
            Err(PyErr::Fault(fault)) => {
                let place = match &*fault.location.borrow() {
                    Some(at) => format!(
                        "in code object {:?} ({}, line {}) at offset {}: ",
                        at.code.qualname.to_string(),
                        at.code.filename,
                        at.code.firstlineno,
                        at.lasti * 2
                    ),
                    None => String::new(),
                };
                Outcome::Fault(format!("bad bytecode {place}{}", fault.message))
            }
            Err(PyErr::Raised(exc) | PyErr::Reraise(exc)) => {
                if exc.typ.is_subtype(&self.types.system_exit) {
                    return self.system_exit(&exc);
                }
                let text = super::traceback::format_exception(self, &exc);
                self.stderr.write_str(&text);
                Outcome::Exit(1)
            }
        };
        self.stderr.flush();
        outcome
    }

    /// At exit CPython clears the main module's globals, so suspended generators left in
    /// them are closed and their `finally` blocks run.
    fn shut_down(&mut self, globals: &Dict) {
        let values: Vec<Value> = globals.values();
        globals.borrow_mut().clear();
        drop(values);
        if super::generator::abandoned_pending() {
            self.close_abandoned();
        }
    }

    /// `SystemExit(code)`: None is 0, an int is itself, anything else is printed and is 1.
    fn system_exit(&mut self, exc: &Rc<crate::object::exception::Exception>) -> Outcome {
        let args = exc.args();
        let code = match args.len() {
            0 => Value::None,
            1 => args[0].clone(),
            _ => exc.args.borrow().clone(),
        };
        let status = match &code {
            Value::None => 0,
            Value::Int(i) => *i as i32,
            Value::Bool(b) => *b as i32,
            other => {
                let text = protocol::str(self, other).unwrap_or_default();
                self.stderr.write_str(&format!("{text}\n"));
                1
            }
        };
        self.stderr.flush();
        Outcome::Exit(status)
    }
}
