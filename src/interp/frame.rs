//! A frame: one activation of a code object. `localsplus` holds the fast locals, cells and
//! free variables in `co_localspluskinds` order; the value stack's capacity is exactly
//! `co_stacksize`, allocated once and never grown.

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
    pub localsplus: Box<[Value]>,
    pub stack: Vec<Value>,
    pub globals: Rc<Dict>,
    pub builtins: Rc<Dict>,
    /// The namespace of a module or class body (`LOAD_NAME`, `STORE_NAME`).
    pub locals: Option<Rc<Dict>>,
    pub func: Option<Rc<Function>>,
    /// Keyword names set by `KW_NAMES` for the next `CALL`.
    pub kwnames: Option<Value>,
}

impl Frame {
    pub fn new(code: Rc<Code>, globals: Rc<Dict>, builtins: Rc<Dict>, localsplus: Box<[Value]>) -> Frame {
        let stack = Vec::with_capacity(code.object.stacksize as usize);
        Frame {
            code,
            ip: 0,
            lasti: 0,
            localsplus,
            stack,
            globals,
            builtins,
            locals: None,
            func: None,
            kwnames: None,
        }
    }

    /// Pushes a value; bytecode that would push past `co_stacksize` is malformed.
    #[inline]
    pub fn push(&mut self, v: Value) -> PyResult<()> {
        if self.stack.len() == self.stack.capacity() {
            return Err(PyErr::fault(format!(
                "stack overflow: more than co_stacksize ({}) values",
                self.stack.capacity()
            )));
        }
        self.stack.push(v);
        Ok(())
    }

    #[inline]
    pub fn pop(&mut self) -> PyResult<Value> {
        self.stack.pop().ok_or_else(|| PyErr::fault("stack underflow"))
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

    pub fn local(&self, i: u32) -> PyResult<&Value> {
        self.localsplus.get(i as usize).ok_or_else(|| PyErr::fault(format!("local index {i} out of range")))
    }

    pub fn local_mut(&mut self, i: u32) -> PyResult<&mut Value> {
        self.localsplus
            .get_mut(i as usize)
            .ok_or_else(|| PyErr::fault(format!("local index {i} out of range")))
    }

    pub fn const_(&self, i: u32) -> PyResult<&Value> {
        self.code
            .consts
            .get(i as usize)
            .ok_or_else(|| PyErr::fault(format!("constant index {i} out of range")))
    }

    pub fn name(&self, i: u32) -> PyResult<&Rc<crate::object::str::PyStr>> {
        self.code.names.get(i as usize).ok_or_else(|| PyErr::fault(format!("name index {i} out of range")))
    }

    /// Moves the ip by a relative jump, checking it stays inside the code.
    pub fn jump(&mut self, delta: i64) -> PyResult<()> {
        let target = self.ip as i64 + delta;
        if target < 0 || target as usize >= self.code.units.len() {
            return Err(PyErr::fault(format!("jump to unit {target} outside the code")));
        }
        self.ip = target as usize;
        Ok(())
    }
}
