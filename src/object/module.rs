//! Module objects: a namespace dict with a name. `import` makes them (from a `.pyc`, or a
//! native module written in Rust) and `sys.modules` caches them by name.

use std::rc::Rc;

use super::dict::Dict;
use super::str::PyStr;
use super::value::Value;
use crate::interp::{PyResult, Vm};

pub struct Module {
    pub dict: Rc<Dict>,
    /// Built into the interpreter (`sys`, `time`, …): its repr says `(built-in)`.
    pub builtin: bool,
}

impl Module {
    /// `__name__`, or "?" when it has been deleted or is not a str.
    pub fn name(&self) -> String {
        match self.dict.get_str(&PyStr::new("__name__")) {
            Some(Value::Str(s)) => s.as_str().to_string(),
            _ => "?".to_string(),
        }
    }
}

/// `<module 'm' from '/path/m.py'>`, `<module 'sys' (built-in)>`, or a namespace package's.
pub fn repr(vm: &mut Vm, m: &Module) -> PyResult<String> {
    let name = m.name();
    if let Some(Value::Str(file)) = m.dict.get_str(&PyStr::new("__file__")) {
        return Ok(format!("<module '{name}' from '{}'>", file.as_str()));
    }
    if m.builtin {
        return Ok(format!("<module '{name}' (built-in)>"));
    }
    if matches!(m.dict.get_str(&PyStr::new("__spec__")), Some(Value::Instance(_)))
        && m.dict.get_str(&PyStr::new("__path__")).is_none()
    {
        return Ok(format!("<module '{name}' (frozen)>"));
    }
    if let Some(path) = m.dict.get_str(&PyStr::new("__path__")) {
        let shown = super::protocol::repr(vm, &path)?;
        return Ok(format!("<module '{name}' (namespace) from {shown}>"));
    }
    Ok(format!("<module '{name}'>"))
}

/// `module.name`: the namespace, then the module's `__getattr__` (PEP 562). A module still
/// running its body says so, since that is usually a circular import.
pub fn getattr(vm: &mut Vm, m: &Module, name: &PyStr) -> PyResult<Value> {
    if let Some(v) = m.dict.get_str(name) {
        return Ok(v);
    }
    if name.as_str() == "__dict__" {
        return Ok(Value::Dict(m.dict.clone()));
    }
    if let Some(hook) = m.dict.get_str(&PyStr::new("__getattr__")) {
        return vm.call(&hook, &[Value::Str(Rc::new(PyStr::new(name.as_str())))], &[]);
    }
    let module = m.name();
    let message = if vm.is_initializing(&module) {
        format!(
            "partially initialized module '{module}' has no attribute '{}' (most likely due to a circular import)",
            name.as_str()
        )
    } else {
        format!("module '{module}' has no attribute '{}'", name.as_str())
    };
    Err(vm.attribute_error(message))
}

/// `module.name = value`, or `del module.name`.
pub fn setattr(vm: &mut Vm, m: &Module, name: &PyStr, value: Option<Value>) -> PyResult<()> {
    match value {
        Some(v) => m.dict.set_str(name.as_str(), v),
        None => {
            if m.dict.remove_str(name).is_none() {
                return Err(
                    vm.attribute_error(format!("'module' object has no attribute '{}'", name.as_str()))
                );
            }
        }
    }
    Ok(())
}
