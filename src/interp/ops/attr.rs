//! Attribute instructions: `LOAD_ATTR` (with its method form), `STORE_ATTR`, `DELETE_ATTR`.

use super::Flow;
use crate::interp::{Frame, PyResult, Vm};
use crate::object::attr;
use crate::object::value::Value;

/// `(owner -- attr)`, or with `oparg & 1` either `(owner -- meth, owner)` for a method that
/// `CALL` will call with `owner` as self, or `(owner -- NULL, attr)`.
pub fn load_attr(vm: &mut Vm, frame: &mut Frame, arg: u32) -> PyResult<Flow> {
    let name = frame.name(arg >> 1)?.clone();
    let owner = frame.pop()?;
    if arg & 1 != 0 {
        if let Some(method) = attr::lookup_method(vm, &owner, &name) {
            frame.push(method)?;
            frame.push(owner)?;
            return Ok(Flow::Continue);
        }
        let v = attr::getattr(vm, &owner, &name)?;
        frame.push(Value::Null)?;
        frame.push(v)?;
        return Ok(Flow::Continue);
    }
    let v = attr::getattr(vm, &owner, &name)?;
    frame.push(v)?;
    Ok(Flow::Continue)
}

/// `(value, owner -- )`: `owner.name = value`.
pub fn store_attr(vm: &mut Vm, frame: &mut Frame, i: u32) -> PyResult<Flow> {
    let name = frame.name(i)?.clone();
    let owner = frame.pop()?;
    let value = frame.pop()?;
    attr::setattr(vm, &owner, &name, Some(value))?;
    Ok(Flow::Continue)
}

pub fn delete_attr(vm: &mut Vm, frame: &mut Frame, i: u32) -> PyResult<Flow> {
    let name = frame.name(i)?.clone();
    let owner = frame.pop()?;
    attr::setattr(vm, &owner, &name, None)?;
    Ok(Flow::Continue)
}
