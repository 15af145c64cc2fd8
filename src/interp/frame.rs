//! A frame: one activation of a code object. `localsplus` holds the fast locals, cells and
//! free variables in `co_localspluskinds` order; the value stack holds at most `co_stacksize`
//! values (its buffer is reserved up front and never grown by a push). Finished frames go back
//! to a pool in the `Vm`, so a call usually allocates nothing.

use std::rc::Rc;

use super::PyResult;
use super::code::Code;
use crate::object::dict::Dict;
use crate::object::exception::PyErr;
use crate::object::function::Function;
use crate::object::value::Value;

pub struct Frame {
    pub code: Rc<Code>,
    /// The next code unit to execute.
    pub ip: usize,
    /// The instruction now executing (tracebacks and the exception table use it).
    pub lasti: usize,
    pub localsplus: Vec<Value>,
    pub stack: Vec<Value>,
    /// `co_stacksize`: pushing past it is malformed bytecode.
    pub stack_limit: usize,
    pub globals: Rc<Dict>,
    /// The namespace of a module or class body (`LOAD_NAME`, `STORE_NAME`).
    pub locals: Option<Rc<Dict>>,
    /// The namespace when it is not a dict (`exec(code, globals, mapping)`): the name
    /// instructions then go through its `__getitem__`, `__setitem__` and `__delitem__`.
    pub locals_mapping: Option<Value>,
    /// A function frame's `locals()` dict, made on the first call and refreshed by each one,
    /// as CPython 3.12 keeps `f_locals`: names `exec` adds to it stay there.
    pub locals_snapshot: std::cell::RefCell<Option<Rc<Dict>>>,
    pub func: Option<Rc<Function>>,
    /// Keyword names set by `KW_NAMES` for the next `CALL`.
    pub kwnames: Option<Value>,
    /// Set while this generator's frame runs on top of the frame whose `FOR_ITER` or `SEND`
    /// resumed it, in the same loop: where the frame goes back to, and how the caller goes on.
    pub resumer: Option<Resumer>,
    /// Set on the `__init__` frame that `CALL_ALLOC_AND_ENTER_INIT` pushed: the new instance,
    /// which the caller gets when `__init__` returns None.
    pub init_self: Option<Value>,
}

/// The generator a running frame belongs to, and the instruction that resumed it.
pub struct Resumer {
    pub generator: Value,
    pub by: ResumedBy,
}

/// The caller's instruction, with its jump for when the generator has finished.
#[derive(Clone, Copy)]
pub enum ResumedBy {
    ForIter(u32),
    Send(u32),
}

impl Frame {
    pub fn new(code: Rc<Code>, globals: Rc<Dict>, localsplus: Vec<Value>) -> Frame {
        let stack_limit = code.object.stacksize as usize;
        let stack = Vec::with_capacity(stack_limit);
        Frame {
            code,
            ip: 0,
            lasti: 0,
            localsplus,
            stack,
            stack_limit,
            globals,
            locals: None,
            locals_mapping: None,
            locals_snapshot: Default::default(),
            func: None,
            kwnames: None,
            resumer: None,
            init_self: None,
        }
    }

    /// Pushes a value; bytecode that would push past `co_stacksize` is malformed.
    #[inline(always)]
    pub fn push(&mut self, v: Value) -> PyResult<()> {
        if self.stack.len() >= self.stack_limit {
            return Err(stack_overflow(self.stack_limit));
        }
        self.stack.push(v);
        Ok(())
    }

    /// Makes this (pooled) frame a fresh activation of `code`, keeping its buffers.
    pub fn reset(&mut self, code: Rc<Code>, globals: Rc<Dict>) {
        self.stack_limit = code.object.stacksize as usize;
        self.stack.clear();
        self.stack.reserve(self.stack_limit);
        self.localsplus.clear();
        self.code = code;
        self.ip = 0;
        self.lasti = 0;
        self.globals = globals;
        self.locals = None;
        self.locals_mapping = None;
        self.locals_snapshot = Default::default();
        self.func = None;
        self.kwnames = None;
        self.resumer = None;
        self.init_self = None;
    }

    #[inline]
    pub fn pop(&mut self) -> PyResult<Value> {
        match self.stack.pop() {
            Some(v) => Ok(v),
            None => Err(stack_underflow()),
        }
    }

    /// The item `n` places below the top (`top(0)` is the top).
    #[inline]
    pub fn top(&self, n: usize) -> PyResult<&Value> {
        let len = self.stack.len();
        if n >= len {
            return Err(PyErr::fault("stack underflow"));
        }
        Ok(&self.stack[len - 1 - n])
    }

    /// Pops the top `n` values, in stack order.
    pub fn pop_n(&mut self, n: usize) -> PyResult<Vec<Value>> {
        let len = self.stack.len();
        if n > len {
            return Err(PyErr::fault("stack underflow"));
        }
        Ok(self.stack.split_off(len - n))
    }

    /// Checks that at least `n` values are on the stack.
    #[inline]
    pub fn need(&self, n: usize) -> PyResult<()> {
        if self.stack.len() < n { Err(PyErr::fault("stack underflow")) } else { Ok(()) }
    }

    #[inline]
    pub fn local(&self, i: u32) -> PyResult<&Value> {
        self.localsplus.get(i as usize).ok_or_else(|| PyErr::fault(format!("local index {i} out of range")))
    }

    #[inline]
    pub fn local_mut(&mut self, i: u32) -> PyResult<&mut Value> {
        self.localsplus
            .get_mut(i as usize)
            .ok_or_else(|| PyErr::fault(format!("local index {i} out of range")))
    }

    #[inline]
    pub fn const_(&self, i: u32) -> PyResult<&Value> {
        self.code
            .consts
            .get(i as usize)
            .ok_or_else(|| PyErr::fault(format!("constant index {i} out of range")))
    }

    #[inline]
    pub fn name(&self, i: u32) -> PyResult<&Rc<crate::object::str::PyStr>> {
        self.code.names.get(i as usize).ok_or_else(|| PyErr::fault(format!("name index {i} out of range")))
    }

    /// Moves the ip by a relative jump, checking it stays inside the code.
    #[inline]
    pub fn jump(&mut self, delta: i64) -> PyResult<()> {
        let target = self.ip as i64 + delta;
        if target < 0 || target as usize >= self.code.units.len() {
            return Err(PyErr::fault(format!("jump to unit {target} outside the code")));
        }
        self.ip = target as usize;
        Ok(())
    }
}

#[cold]
fn stack_overflow(limit: usize) -> PyErr {
    PyErr::fault(format!("stack overflow: more than co_stacksize ({limit}) values"))
}

#[cold]
fn stack_underflow() -> PyErr {
    PyErr::fault("stack underflow")
}
