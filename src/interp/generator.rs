//! Generators: a frame that outlives its call. `RETURN_GENERATOR` moves the frame into a
//! generator object; each `next()` / `send()` / `throw()` runs it with `Vm::drive` until it
//! yields (the frame comes back) or returns (the generator is finished).

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use super::eval::Exit;
use super::frame::Frame;
use super::{PyResult, Vm};
use crate::code::CodeFlags;
use crate::object::exception::PyErr;
use crate::object::misc::Object;
use crate::object::str::PyStr;
use crate::object::value::Value;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum State {
    /// Created, not yet run.
    Created,
    Suspended,
    Running,
    Finished,
}

pub struct Generator {
    pub frame: RefCell<Option<Box<Frame>>>,
    pub state: Cell<State>,
    pub name: Rc<PyStr>,
    pub qualname: Rc<PyStr>,
    pub flags: CodeFlags,
}

/// What resuming produced.
pub enum Resumed {
    Yielded(Value),
    Returned(Value),
}

/// Wraps a frame that just ran `RETURN_GENERATOR`.
pub fn new(_vm: &Vm, frame: Box<Frame>) -> Value {
    let co = &frame.code.object;
    let generator = Generator {
        name: Rc::new(PyStr::new(&co.name)),
        qualname: Rc::new(PyStr::new(&co.qualname)),
        flags: co.flags,
        frame: RefCell::new(Some(frame)),
        state: Cell::new(State::Created),
    };
    Value::object(Object::Generator(generator))
}

impl Generator {
    /// "generator", "coroutine" or "async generator", for messages.
    pub fn kind_name(&self) -> &'static str {
        if self.flags.has(CodeFlags::COROUTINE) {
            "coroutine"
        } else if self.flags.has(CodeFlags::ASYNC_GENERATOR) {
            "async generator"
        } else {
            "generator"
        }
    }
}

impl Vm {
    /// Resumes `generator` with `sent` (or by raising `throw` at its current yield).
    pub fn resume(&mut self, generator: &Generator, sent: Value, throw: Option<PyErr>) -> PyResult<Resumed> {
        match generator.state.get() {
            State::Running => {
                return Err(self.value_error(format!("{} already executing", generator.kind_name())));
            }
            State::Finished => {
                return match throw {
                    Some(e) => Err(e),
                    None => Ok(Resumed::Returned(Value::None)),
                };
            }
            State::Created if throw.is_none() && !sent.is_none() => {
                return Err(self.type_error(format!(
                    "can't send non-None value to a just-started {}",
                    generator.kind_name()
                )));
            }
            _ => {}
        }
        let Some(mut frame) = generator.frame.borrow_mut().take() else {
            return Ok(Resumed::Returned(Value::None));
        };
        if throw.is_none() {
            frame.push(sent)?;
        }
        generator.state.set(State::Running);
        if let Err(e) = self.enter() {
            *generator.frame.borrow_mut() = Some(frame);
            generator.state.set(State::Suspended);
            return Err(e);
        }
        match self.drive(frame, throw) {
            Ok(Exit::Yield(value, frame)) => {
                *generator.frame.borrow_mut() = Some(frame);
                generator.state.set(State::Suspended);
                Ok(Resumed::Yielded(value))
            }
            Ok(Exit::Return(value)) => {
                generator.state.set(State::Finished);
                Ok(Resumed::Returned(value))
            }
            Err(e) => {
                generator.state.set(State::Finished);
                Err(e)
            }
        }
    }

    /// `generator.close()`: raises GeneratorExit at the yield; a generator that yields again is an error.
    pub fn close_generator(&mut self, generator: &Generator) -> PyResult<()> {
        if matches!(generator.state.get(), State::Created | State::Finished) {
            generator.state.set(State::Finished);
            *generator.frame.borrow_mut() = None;
            return Ok(());
        }
        let exit = crate::object::exception::Exception::new(self.types.generator_exit.clone(), vec![]);
        match self.resume(generator, Value::None, Some(PyErr::Raised(Rc::new(exit)))) {
            Ok(Resumed::Yielded(_)) => {
                Err(self.runtime_error(format!("{} ignored GeneratorExit", generator.kind_name())))
            }
            Ok(Resumed::Returned(_)) => Ok(()),
            Err(e)
                if e.is_instance(&self.types.generator_exit) || e.is_instance(&self.types.stop_iteration) =>
            {
                Ok(())
            }
            Err(e) => Err(e),
        }
    }
}
