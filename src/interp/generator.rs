//! Generators: a frame that outlives its call. `RETURN_GENERATOR` moves the frame into a
//! generator object; each `next()` / `send()` / `throw()` runs it with `Vm::drive` until it
//! yields (the frame comes back) or returns (the generator is finished).

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use super::eval::Exit;
use super::frame::{Frame, ResumedBy, Resumer};
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
        name: frame.code.name_str.clone(),
        qualname: frame.code.qualname_str.clone(),
        flags: co.flags,
        frame: RefCell::new(Some(frame)),
        state: Cell::new(State::Created),
    };
    Value::object(Object::Generator(generator))
}

thread_local! {
    /// Set when `ABANDONED` has frames: checked cheaply after instructions that drop values.
    static PENDING: Cell<bool> = const { Cell::new(false) };
    /// Suspended generators dropped while inside a `try`/`with`: CPython closes a generator
    /// when its last reference goes, so their `finally` blocks run; minivm runs them at the
    /// next safe point of the eval loop (`Flow::Finalize`).
    static ABANDONED: RefCell<Vec<Pending>> = const { RefCell::new(Vec::new()) };
}

/// A finaliser waiting to run.
enum Pending {
    /// A suspended generator to close.
    Close(Generator),
    /// A stand-in for a dead instance whose class defines `__del__`.
    Del(Value),
    /// A weak reference whose referent died, for its callback (see `modules::weakref`).
    WeakCallback(Value),
}

/// Queues `__del__` for a dead instance (see `object::instance`).
pub fn queue_finalizer(standin: Value) {
    let mut standin = Some(standin);
    let _ = ABANDONED.try_with(|list| {
        if let Ok(mut list) = list.try_borrow_mut()
            && let Some(v) = standin.take()
        {
            list.push(Pending::Del(v));
            let _ = PENDING.try_with(|p| p.set(true));
        }
    });
}

/// Queues the callback of weak reference `wref`, whose referent died.
pub fn queue_weak_callback(wref: Value) {
    let mut wref = Some(wref);
    let _ = ABANDONED.try_with(|list| {
        if let Ok(mut list) = list.try_borrow_mut()
            && let Some(v) = wref.take()
        {
            list.push(Pending::WeakCallback(v));
            let _ = PENDING.try_with(|p| p.set(true));
        }
    });
}

/// Whether dropped generators wait to be closed.
pub fn abandoned_pending() -> bool {
    PENDING.with(Cell::get)
}

impl Drop for Generator {
    fn drop(&mut self) {
        if self.state.get() != State::Suspended {
            return;
        }
        let Some(frame) = self.frame.get_mut().take() else { return };
        // YIELD_VALUE's oparg counts the handlers around it; the outermost is the implicit
        // StopIteration guard, so 1 means there is nothing for `close()` to run.
        let depth = frame.code.units.get(frame.lasti).map_or(0, |u| u.get() >> 8);
        if depth <= 1 {
            return;
        }
        let mut orphan = Some(Generator {
            frame: RefCell::new(Some(frame)),
            state: Cell::new(State::Suspended),
            name: self.name.clone(),
            qualname: self.qualname.clone(),
            flags: self.flags,
        });
        let _ = ABANDONED.try_with(|list| {
            if let Ok(mut list) = list.try_borrow_mut()
                && let Some(orphan) = orphan.take()
            {
                list.push(Pending::Close(orphan));
                let _ = PENDING.try_with(|p| p.set(true));
            }
        });
        // During thread teardown there is nothing left to run it: drop it without queueing.
        if let Some(orphan) = orphan {
            orphan.state.set(State::Finished);
        }
    }
}

impl Generator {
    /// A generator from a plain `def` (not a coroutine or an async generator): an iterator.
    pub fn is_plain(&self) -> bool {
        !self.flags.has(CodeFlags::COROUTINE) && !self.flags.has(CodeFlags::ASYNC_GENERATOR)
    }

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
    /// Resumes `generator` with `sent` (or by raising `throw` at its current yield). A throw
    /// into a generator suspended in `yield from`/`await` goes to the delegate first.
    pub fn resume(&mut self, generator: &Generator, sent: Value, throw: Option<PyErr>) -> PyResult<Resumed> {
        let throw = match throw {
            Some(exc) if generator.state.get() == State::Suspended => {
                let delegate = generator.frame.borrow().as_deref().and_then(delegate_of);
                match delegate {
                    Some(delegate) => {
                        generator.state.set(State::Running);
                        let outcome = self.throw_into_delegate(&delegate, exc);
                        generator.state.set(State::Suspended);
                        match outcome {
                            Ok(Resumed::Yielded(v)) => return Ok(Resumed::Yielded(v)),
                            Ok(Resumed::Returned(v)) => {
                                Some(super::super::builtins::functions::stop_with(self, v))
                            }
                            Err(e) => Some(e),
                        }
                    }
                    None => Some(exc),
                }
            }
            other => other,
        };
        match generator.state.get() {
            State::Running => {
                return Err(self.value_error(format!("{} already executing", generator.kind_name())));
            }
            State::Finished if generator.flags.has(CodeFlags::COROUTINE) && throw.is_none() => {
                return Err(self.runtime_error("cannot reuse already awaited coroutine".into()));
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
        // A throw also leaves a value where `yield` expects one: the handler of a `yield from`
        // loop (`CLEANUP_THROW`) counts it in its stack depth.
        if let Err(e) = frame.push(sent) {
            *generator.frame.borrow_mut() = Some(frame);
            return Err(e);
        }
        generator.state.set(State::Running);
        if let Err(e) = self.enter() {
            *generator.frame.borrow_mut() = Some(frame);
            generator.state.set(State::Suspended);
            return Err(e);
        }
        let outcome = self.drive(frame, throw);
        if abandoned_pending() && !matches!(outcome, Ok(Exit::Yield(..))) {
            self.close_abandoned();
        }
        match outcome {
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

    /// `FOR_ITER` / `SEND` on a generator or coroutine that can run now: its frame, with `sent`
    /// pushed, to run on top of the caller's frame in the same loop, so a chain of generators
    /// never recurses on the Rust stack. `None` sends the caller down the general path
    /// (`resume`), which also raises the errors of a running or finished generator.
    pub fn resume_inline(
        &mut self,
        receiver: &Value,
        sent: &Value,
        by: ResumedBy,
    ) -> PyResult<Option<Box<Frame>>> {
        let Some(generator) = generator_in(receiver) else { return Ok(None) };
        let ready = match generator.state.get() {
            State::Suspended => true,
            State::Created => sent.is_none(),
            State::Running | State::Finished => false,
        };
        if !ready || (matches!(by, ResumedBy::ForIter(_)) && !generator.is_plain()) {
            return Ok(None);
        }
        self.enter()?;
        let Some(mut frame) = generator.frame.borrow_mut().take() else {
            self.leave();
            return Ok(None);
        };
        if let Err(e) = frame.push(sent.clone()) {
            *generator.frame.borrow_mut() = Some(frame);
            self.leave();
            return Err(e);
        }
        generator.state.set(State::Running);
        frame.resumer = Some(Resumer { generator: receiver.clone(), by });
        Ok(Some(frame))
    }

    /// A frame started by `resume_inline` yielded: it goes back into its generator.
    pub fn suspend_inline(&mut self, resumer: Resumer, frame: Box<Frame>) {
        if let Some(generator) = generator_in(&resumer.generator) {
            *generator.frame.borrow_mut() = Some(frame);
            generator.state.set(State::Suspended);
        }
    }

    /// A frame started by `resume_inline` returned or raised: its generator is finished.
    pub fn finish_inline(&mut self, resumer: &Resumer) {
        if let Some(generator) = generator_in(&resumer.generator) {
            generator.state.set(State::Finished);
        }
    }

    /// Passes a throw on to the iterator a `yield from`/`await` is driving. GeneratorExit
    /// closes it instead, then goes on to the delegating generator.
    fn throw_into_delegate(&mut self, delegate: &Value, exc: PyErr) -> PyResult<Resumed> {
        let is_exit = exc.is_instance(&self.types.generator_exit);
        if let Value::Object(o) = delegate {
            match &**o {
                Object::Generator(g) if is_exit => {
                    self.close_generator(g)?;
                    return Err(exc);
                }
                Object::Generator(g) => return self.resume(g, Value::None, Some(exc)),
                Object::AsyncGenOp(op) if !is_exit => {
                    return super::coroutine::step(self, op, Value::None, Some(exc));
                }
                _ => {}
            }
        }
        let method = if is_exit { "close" } else { "throw" };
        let Ok(m) = crate::object::attr::getattr(self, delegate, &PyStr::new(method)) else {
            return Err(exc);
        };
        if is_exit {
            self.call(&m, &[], &[])?;
            return Err(exc);
        }
        let Some(e) = exc.exception().cloned() else { return Err(exc) };
        match self.call(&m, &[Value::Exception(e)], &[]) {
            Ok(v) => Ok(Resumed::Yielded(v)),
            Err(e) => Err(e),
        }
    }

    /// Runs the queued finalisers (see `ABANDONED`): closes the generators dropped while
    /// suspended in a `try`/`with`, and calls `__del__` of dead instances.
    /// An error is reported on stderr and otherwise ignored, as CPython does in a finaliser.
    pub fn close_abandoned(&mut self) {
        loop {
            // In the order they were dropped, as CPython's refcounting closes them.
            let next = ABANDONED.with(|list| {
                let mut list = list.borrow_mut();
                (!list.is_empty()).then(|| list.remove(0))
            });
            match next {
                None => break,
                Some(Pending::Close(generator)) => {
                    if let Err(e) = self.close_generator(&generator) {
                        let kind = match generator.kind_name() {
                            "async generator" => "async_generator",
                            other => other,
                        };
                        let address = &generator as *const Generator as usize;
                        let what = format!("<{kind} object {} at {address:#x}>", generator.qualname.as_str());
                        self.report_ignored(&what, e);
                    }
                    // Closing ran the frame to its end; drop it without queueing it again.
                    generator.state.set(State::Finished);
                }
                Some(Pending::WeakCallback(wref)) => {
                    let callback = crate::object::attr::getattr(
                        self,
                        &wref,
                        &crate::object::str::PyStr::new("__callback__"),
                    );
                    if let Ok(callback) = callback
                        && !callback.is_none()
                        && let Err(e) = self.call(&callback, std::slice::from_ref(&wref), &[])
                    {
                        let what = crate::object::protocol::repr(self, &callback).unwrap_or_default();
                        self.report_ignored(&what, e);
                    }
                }
                Some(Pending::Del(standin)) => {
                    let Some(del) = crate::object::class::special(self, &standin, "__del__") else {
                        continue;
                    };
                    let typ = crate::object::protocol::type_of(self, &standin);
                    let outcome = crate::object::attr::bind_descriptor(self, del.clone(), &standin, &typ)
                        .and_then(|bound| self.call(&bound, &[], &[]));
                    if let Err(e) = outcome {
                        let what = crate::object::protocol::repr(self, &del).unwrap_or_default();
                        self.report_ignored(&what, e);
                    }
                }
            }
        }
        PENDING.with(|p| p.set(false));
    }

    /// "Exception ignored in: <generator …>" (or the `__del__` function) and the error, for a
    /// failed finaliser.
    fn report_ignored(&mut self, what: &str, err: PyErr) {
        let mut text = format!("Exception ignored in: {what}\n");
        match err {
            PyErr::Raised(exc) | PyErr::Reraise(exc) => {
                text += &super::traceback::format_exception(self, &exc)
            }
            PyErr::Fault(fault) => text += &format!("minivm: {}\n", fault.message),
        }
        self.stdout.flush();
        self.stderr.write_str(&text);
        self.stderr.flush();
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

/// The iterator a suspended frame is delegating to: it is paused at the `YIELD_VALUE` of a
/// `yield from`/`await` loop (the `RESUME` after it has oparg 2 or 3), with the delegate on top
/// of the stack.
fn delegate_of(frame: &Frame) -> Option<Value> {
    let unit = frame.code.units.get(frame.ip)?.get();
    let (op, arg) = ((unit & 0xff) as u8, unit >> 8);
    if op != crate::opcode::Opcode::Resume as u8 || arg < 2 {
        return None;
    }
    frame.top(0).ok().cloned()
}

/// The generator (or coroutine) object inside a value, if it is one.
fn generator_in(v: &Value) -> Option<&Generator> {
    match v {
        Value::Object(o) => match &**o {
            Object::Generator(g) => Some(g),
            _ => None,
        },
        _ => None,
    }
}
