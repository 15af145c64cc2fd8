//! Import instructions: `IMPORT_NAME`, `IMPORT_FROM` and `import *`. The import system itself
//! is `interp/importer.rs`.

use super::Flow;
use crate::interp::{Frame, PyResult, Vm};
use crate::object::exception::PyErr;
use crate::object::value::Value;

/// `(level, fromlist -- module)`.
pub fn import_name(vm: &mut Vm, frame: &mut Frame, namei: u32) -> PyResult<Flow> {
    let fromlist = frame.pop()?;
    let level = frame.pop()?;
    let name = frame.name(namei)?.clone();
    let level = match level {
        Value::Int(n) if n >= 0 => n as usize,
        _ => return Err(PyErr::fault("IMPORT_NAME level is not a non-negative int")),
    };
    let globals = frame.globals.clone();
    let module = vm.import_name(name.as_str(), &fromlist, level, &globals)?;
    frame.push(module)?;
    Ok(Flow::Continue)
}

/// `(module -- module, attr)`.
pub fn import_from(vm: &mut Vm, frame: &mut Frame, namei: u32) -> PyResult<Flow> {
    let module = frame.top(0)?.clone();
    let name = frame.name(namei)?.clone();
    let value = vm.import_from(&module, &name)?;
    frame.push(value)?;
    Ok(Flow::Continue)
}

/// `INTRINSIC_IMPORT_STAR`: `from module import *` into the frame's namespace.
pub fn import_star(vm: &mut Vm, frame: &mut Frame, module: Value) -> PyResult<Value> {
    if let Some(locals) = frame.locals.clone() {
        vm.import_star(&module, &locals)?;
        return Ok(Value::None);
    }
    let Some(mapping) = frame.locals_mapping.clone() else {
        return Err(vm.new_error(&vm.types.system_error.clone(), "no locals found during 'import *'".into()));
    };
    // A mapping namespace (`exec` with one for locals) gets the names one by one.
    let names = crate::object::dict::Dict::new();
    vm.import_star(&module, &names)?;
    for (k, v) in names.items() {
        crate::object::protocol::setitem(vm, &mapping, &k, v)?;
    }
    Ok(Value::None)
}
