//! Attribute instructions: `LOAD_ATTR` (with its method form), `STORE_ATTR`, `DELETE_ATTR`.

use super::Flow;
use crate::interp::{Frame, PyResult, Vm};
use crate::object::attr;
use std::rc::Rc;

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

/// `( -- __build_class__)`, from the frame's builtins.
pub fn load_build_class(frame: &mut Frame) -> PyResult<Flow> {
    let f = frame.builtins.get_str(&crate::object::str::PyStr::new("__build_class__"));
    match f {
        Some(f) => {
            frame.push(f)?;
            Ok(Flow::Continue)
        }
        None => Err(crate::object::exception::PyErr::fault("__build_class__ not found")),
    }
}

/// `(global_super, class, self -- attr)` or, with `oparg & 1`, `(... -- meth, self)`:
/// `super().name` without creating the super object when `super` is the builtin one.
pub fn load_super_attr(vm: &mut Vm, frame: &mut Frame, arg: u32) -> PyResult<Flow> {
    let name = frame.name(arg >> 2)?.clone();
    let self_ = frame.pop()?;
    let class = frame.pop()?;
    let global_super = frame.pop()?;
    let builtin_super = matches!(&global_super, Value::Type(t) if Rc::ptr_eq(t, &vm.types.super_));
    let attr = match (&class, builtin_super) {
        (Value::Type(t), true) => attr::super_getattr(vm, t, &self_, &name)?,
        _ => {
            let args = if arg & 2 != 0 { vec![class, self_.clone()] } else { vec![] };
            let sup = vm.call(&global_super, &args, &[])?;
            attr::getattr(vm, &sup, &name)?
        }
    };
    if arg & 1 != 0 {
        // A method bound to self comes back as (function, self), like LOAD_ATTR's method form.
        if let Value::Object(o) = &attr
            && let crate::object::misc::Object::BoundMethod { func, self_: bound_self } = &**o
        {
            frame.push(func.clone())?;
            frame.push(bound_self.clone())?;
            return Ok(Flow::Continue);
        }
        frame.push(Value::Null)?;
    }
    frame.push(attr)?;
    Ok(Flow::Continue)
}
