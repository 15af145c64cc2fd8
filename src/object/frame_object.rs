//! Frames as Python objects (`sys._getframe()`, `traceback.tb_frame`): a snapshot of an
//! activation (code, globals, locals, the instruction it is at) taken when asked for, with
//! the caller's frame as `f_back`. `traceback`, `inspect`, `logging` and `warnings` read them.
//!
//! A snapshot does not follow the frame as it runs on: `f_lineno` is where it was when taken,
//! and the frames of a traceback show their globals but not their locals.

use std::rc::Rc;

use super::dict::Dict;
use super::value::Value;
use crate::interp::code::Code;

pub struct FrameObject {
    pub code: Rc<Code>,
    pub globals: Rc<Dict>,
    /// `f_locals`: the module's or class body's namespace, or a dict of a function's locals.
    pub locals: Value,
    /// The instruction, in code units.
    pub lasti: usize,
    /// `f_back`: the caller's frame object, or None.
    pub back: Value,
}

impl FrameObject {
    /// `f_lineno`: the line of the instruction the frame is at.
    pub fn lineno(&self) -> Value {
        let pos = self.code.object.positions.get(self.lasti).copied().unwrap_or_default();
        pos.line.map_or(Value::None, |l| Value::Int(l as i64))
    }
}
