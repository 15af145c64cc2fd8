//! Running a module's code object: a fresh globals dict (also its locals), the builtins, and
//! one frame; and what the process exit status becomes when it ends.

use std::path::Path;
use std::rc::Rc;

use super::{PyResult, Vm};
use crate::code::CodeObject;
use crate::object::dict::Dict;
use crate::object::exception::PyErr;
use crate::object::misc::Object;
use crate::object::module::Module;
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
    /// Makes `file` the main program: `sys.argv` is `[file, args…]` and `sys.path` starts with
    /// the file's directory, where its sibling modules are found.
    pub fn set_main(&mut self, file: &Path, args: &[String]) {
        self.argv = std::iter::once(file.display().to_string()).chain(args.iter().cloned()).collect();
        let absolute = std::path::absolute(file).unwrap_or_else(|_| file.to_path_buf());
        let dir = absolute.parent().map_or(String::new(), |d| d.display().to_string());
        self.sys_path.borrow_mut().insert(0, Value::str(&dir));
        self.main_file = Some(absolute);
    }

    /// Runs `code` as `__main__` (in `sys.modules` as such) and returns its globals.
    pub fn run_module(&mut self, code: Rc<CodeObject>) -> PyResult<Rc<Dict>> {
        self.run_main_prepared(super::code::Code::new(code))
    }

    /// `run_module` for code already prepared.
    pub fn run_main_prepared(&mut self, code: Rc<super::code::Code>) -> PyResult<Rc<Dict>> {
        let globals = Rc::new(Dict::new());
        for (key, value) in [
            ("__name__", Value::str("__main__")),
            ("__doc__", Value::None),
            ("__package__", Value::None),
            ("__loader__", Value::None),
            ("__spec__", Value::None),
            ("__annotations__", Value::Dict(Rc::new(Dict::new()))),
        ] {
            globals.set_str(key, value);
        }
        let builtins = self.import_module("builtins")?;
        globals.set_str("__builtins__", builtins);
        if let Some(file) = &self.main_file {
            globals.set_str("__file__", Value::str(&file.display().to_string()));
            globals.set_str("__cached__", Value::None);
        }
        let module = Object::Module(Module { dict: globals.clone(), builtin: false });
        self.modules.set_str("__main__", Value::object(module));
        self.exec_prepared(code, globals.clone())?;
        Ok(globals)
    }

    /// Runs a module as `__main__` and turns its end into an exit status, printing the
    /// traceback of an uncaught exception to stderr as CPython does.
    pub fn run_main(&mut self, code: Rc<CodeObject>) -> Outcome {
        let result = self.run_module(code);
        match result {
            // CPython runs the atexit functions before it clears the main module.
            Ok(globals) => {
                crate::modules::atexit::run_all(self);
                self.shut_down(&globals);
                self.outcome(Ok(()))
            }
            // The traceback (or SystemExit's message) is printed before the atexit functions run.
            Err(e) => {
                let outcome = self.outcome(Err(e));
                crate::modules::atexit::run_all(self);
                outcome
            }
        }
    }

    /// `minivm run file.py`: the source compiled (through `__pycache__` when that is current),
    /// then run as `run_main` runs a `.pyc`.
    pub fn run_main_source(&mut self, file: &Path) -> Outcome {
        match self.compile_source(file, false) {
            Ok(code) => self.run_main(code),
            Err(e) => self.outcome(Err(e)),
        }
    }

    /// The exit status for how the main module ended, with the report CPython prints.
    pub fn outcome(&mut self, result: PyResult<()>) -> Outcome {
        self.stdout.flush();
        let outcome = match result {
            Ok(()) => Outcome::Exit(0),
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
