//! Attribute instructions: `LOAD_ATTR` (with its method form), `STORE_ATTR`, `DELETE_ATTR`.

use super::Flow;
use crate::interp::{Frame, PyResult, Vm, adaptive};
use crate::object::attr;
use crate::object::misc::Object;
use crate::opcode::Opcode;
use std::rc::Rc;

use crate::object::value::Value;

/// `(owner -- attr)`, or with `oparg & 1` either `(owner -- meth, owner)` for a method that
/// `CALL` will call with `owner` as self, or `(owner -- NULL, attr)`.
///
/// Adaptive: an attribute of a module specialises to `LOAD_ATTR_MODULE` (the other nine forms
/// are still to come).
pub fn load_attr(vm: &mut Vm, frame: &mut Frame, arg: u32) -> PyResult<Flow> {
    use super::attr_forms as forms;
    match adaptive::adapt(frame, Opcode::LoadAttr, |f| forms::specialize_load_attr(vm, f, arg)) {
        None => generic_load_attr(vm, frame, arg),
        Some(Opcode::LoadAttrModule) => load_attr_module(vm, frame, arg),
        Some(Opcode::LoadAttrInstanceValue) => forms::load_attr_instance_value(vm, frame, arg),
        Some(Opcode::LoadAttrWithHint) => forms::load_attr_with_hint(vm, frame, arg),
        Some(Opcode::LoadAttrSlot) => forms::load_attr_slot(vm, frame, arg),
        Some(Opcode::LoadAttrClass) => forms::load_attr_class(vm, frame, arg),
        Some(Opcode::LoadAttrMethodWithValues) => forms::load_attr_method_with_values(vm, frame, arg),
        Some(Opcode::LoadAttrMethodNoDict) => forms::load_attr_method_no_dict(vm, frame, arg),
        Some(Opcode::LoadAttrMethodLazyDict) => forms::load_attr_method_lazy_dict(vm, frame, arg),
        Some(Opcode::LoadAttrProperty) => forms::load_attr_property(vm, frame, arg),
        Some(Opcode::LoadAttrGetattributeOverridden) => {
            forms::load_attr_getattribute_overridden(vm, frame, arg)
        }
        Some(Opcode::LoadAttrNondescriptorWithValues) => {
            forms::load_attr_nondescriptor_with_values(vm, frame, arg)
        }
        Some(Opcode::LoadAttrNondescriptorNoDict) => forms::load_attr_nondescriptor_no_dict(vm, frame, arg),
        Some(_) => generic_load_attr(vm, frame, arg),
    }
}

/// A module attribute found in its namespace: the index and the namespace's keys version go in
/// the cache (a module with its own `__getattr__` stays generic, as in CPython).
pub(super) fn specialize_module_attr(frame: &Frame, arg: u32) -> Option<Opcode> {
    let Value::Object(o) = frame.top(0).ok()? else { return None };
    let Object::Module(m) = &**o else { return None };
    let name = frame.name(arg >> 1).ok()?;
    if m.dict.get_str(&crate::object::str::PyStr::new("__getattr__")).is_some() {
        return None;
    }
    let index = u16::try_from(m.dict.index_of_str(name)?).ok()?;
    let version = m.dict.keys_version()?;
    adaptive::cache(frame, 1)?.set(version as u16);
    adaptive::cache(frame, 2)?.set((version >> 16) as u16);
    adaptive::cache(frame, 3)?.set(index);
    Some(Opcode::LoadAttrModule)
}

/// `LOAD_ATTR_MODULE`: the module's namespace has the keys it had; the value is at the index.
pub fn load_attr_module(vm: &mut Vm, frame: &mut Frame, arg: u32) -> PyResult<Flow> {
    let unit = |n| adaptive::cache(frame, n).map_or(0u32, |c| c.get() as u32);
    let (version, index) = (unit(1) | unit(2) << 16, unit(3) as usize);
    let value = match frame.top(0) {
        Ok(Value::Object(o)) => match &**o {
            Object::Module(m) if m.dict.current_keys_version() == version => m.dict.value_at(index),
            _ => None,
        },
        _ => None,
    };
    let Some(value) = value else { return load_attr(vm, frame, arg) };
    frame.pop()?;
    if arg & 1 != 0 {
        frame.push(Value::Null)?;
    }
    frame.push(value)?;
    Ok(Flow::Continue)
}

fn generic_load_attr(vm: &mut Vm, frame: &mut Frame, arg: u32) -> PyResult<Flow> {
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
    use super::attr_forms as forms;
    match adaptive::adapt(frame, Opcode::StoreAttr, |f| forms::specialize_store_attr(vm, f, i)) {
        Some(Opcode::StoreAttrInstanceValue) => return forms::store_attr_instance_value(vm, frame, i),
        Some(Opcode::StoreAttrSlot) => return forms::store_attr_slot(vm, frame, i),
        Some(Opcode::StoreAttrWithHint) => return forms::store_attr_with_hint(vm, frame, i),
        _ => {}
    }
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
pub fn load_build_class(vm: &Vm, frame: &mut Frame) -> PyResult<Flow> {
    let f = vm.builtins.get_str(&crate::object::str::PyStr::new("__build_class__"));
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
    adaptive::adapt(frame, Opcode::LoadSuperAttr, |f| specialize_super_attr(vm, f, arg));
    generic_load_super_attr(vm, frame, arg)
}

/// The builtin `super` with a class: `LOAD_SUPER_ATTR_ATTR`, or `_METHOD` for the method form.
fn specialize_super_attr(vm: &Vm, frame: &Frame, arg: u32) -> Option<Opcode> {
    let builtin_super = matches!(frame.top(2).ok()?, Value::Type(t) if Rc::ptr_eq(t, &vm.types.super_));
    if !builtin_super || !matches!(frame.top(1).ok()?, Value::Type(_)) {
        return None;
    }
    Some(if arg & 1 != 0 { Opcode::LoadSuperAttrMethod } else { Opcode::LoadSuperAttrAttr })
}

/// `LOAD_SUPER_ATTR_ATTR` and `LOAD_SUPER_ATTR_METHOD`: `super` is still the builtin and the
/// class a class; the lookup skips creating the super object (as the generic one does here).
pub fn load_super_attr_specialized(vm: &mut Vm, frame: &mut Frame, arg: u32) -> PyResult<Flow> {
    let hit = matches!(frame.top(2), Ok(Value::Type(t)) if Rc::ptr_eq(t, &vm.types.super_))
        && matches!(frame.top(1), Ok(Value::Type(_)));
    if !hit {
        return load_super_attr(vm, frame, arg);
    }
    generic_load_super_attr(vm, frame, arg)
}

fn generic_load_super_attr(vm: &mut Vm, frame: &mut Frame, arg: u32) -> PyResult<Flow> {
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
