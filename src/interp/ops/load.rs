//! Loading and storing names: constants, fast locals, cells and free variables, globals and
//! builtins, and the namespaces of module and class bodies.

use std::cell::RefCell;
use std::rc::Rc;

use super::Flow;
use crate::code::kind;
use crate::interp::{Frame, PyResult, Vm, adaptive};
use crate::object::exception::PyErr;
use crate::object::misc::Object;
use crate::object::protocol;
use crate::object::str::PyStr;
use crate::object::value::Value;
use crate::opcode::Opcode;

pub fn load_const(frame: &mut Frame, i: u32) -> PyResult<Flow> {
    let v = frame.const_(i)?.clone();
    frame.push(v)?;
    Ok(Flow::Continue)
}

/// The oparg of the second instruction of a superinstruction, which the first executes too:
/// the ip moves past it, and `lasti` names it while it runs (for tracebacks).
fn second_half(frame: &mut Frame) -> PyResult<u32> {
    let Some(unit) = frame.code.units.get(frame.ip) else {
        return Err(PyErr::fault("superinstruction at the end of the code"));
    };
    let arg = (unit.get() >> 8) as u32;
    frame.lasti = frame.ip;
    frame.ip += 1;
    Ok(arg)
}

/// `LOAD_CONST__LOAD_FAST`.
pub fn load_const_load_fast(vm: &mut Vm, frame: &mut Frame, arg: u32) -> PyResult<Flow> {
    load_const(frame, arg)?;
    let second = second_half(frame)?;
    load_fast(vm, frame, second)
}

/// `LOAD_FAST__LOAD_CONST`.
pub fn load_fast_load_const(vm: &mut Vm, frame: &mut Frame, arg: u32) -> PyResult<Flow> {
    load_fast(vm, frame, arg)?;
    let second = second_half(frame)?;
    load_const(frame, second)
}

/// `LOAD_FAST__LOAD_FAST`.
pub fn load_fast_load_fast(vm: &mut Vm, frame: &mut Frame, arg: u32) -> PyResult<Flow> {
    load_fast(vm, frame, arg)?;
    let second = second_half(frame)?;
    load_fast(vm, frame, second)
}

/// `STORE_FAST__LOAD_FAST`.
pub fn store_fast_load_fast(vm: &mut Vm, frame: &mut Frame, arg: u32) -> PyResult<Flow> {
    if super::wants_finalize(store_fast(frame, arg)?) {
        vm.close_abandoned();
    }
    let second = second_half(frame)?;
    load_fast(vm, frame, second)
}

/// `STORE_FAST__STORE_FAST`.
pub fn store_fast_store_fast(vm: &mut Vm, frame: &mut Frame, arg: u32) -> PyResult<Flow> {
    if super::wants_finalize(store_fast(frame, arg)?) {
        vm.close_abandoned();
    }
    let second = second_half(frame)?;
    store_fast(frame, second)
}

fn unbound_local(vm: &Vm, frame: &Frame, i: u32) -> PyErr {
    let name = frame.code.localsplus_names.get(i as usize).map_or("?", |n| n.as_str());
    vm.new_error(
        &vm.types.unbound_local_error,
        format!("cannot access local variable '{name}' where it is not associated with a value"),
    )
}

#[inline(always)]
pub fn load_fast(vm: &mut Vm, frame: &mut Frame, i: u32) -> PyResult<Flow> {
    let v = frame.local(i)?.clone();
    if v.is_null() {
        return Err(unbound_local(vm, frame, i));
    }
    frame.push(v)?;
    Ok(Flow::Continue)
}

pub fn load_fast_check(vm: &mut Vm, frame: &mut Frame, i: u32) -> PyResult<Flow> {
    load_fast(vm, frame, i)
}

/// Pushes the local (or NULL) and clears it: inlined comprehensions save outer values this way.
pub fn load_fast_and_clear(frame: &mut Frame, i: u32) -> PyResult<Flow> {
    let v = std::mem::replace(frame.local_mut(i)?, Value::Null);
    frame.push(v)?;
    Ok(Flow::Continue)
}

pub fn store_fast(frame: &mut Frame, i: u32) -> PyResult<Flow> {
    let v = frame.pop()?;
    let old = std::mem::replace(frame.local_mut(i)?, v);
    super::after_drop(old)
}

pub fn delete_fast(vm: &mut Vm, frame: &mut Frame, i: u32) -> PyResult<Flow> {
    if frame.local(i)?.is_null() {
        return Err(unbound_local(vm, frame, i));
    }
    let old = std::mem::replace(frame.local_mut(i)?, Value::Null);
    super::after_drop(old)
}

fn not_defined(vm: &Vm, name: &PyStr) -> PyErr {
    vm.name_error(format!("name '{}' is not defined", name.as_str()))
}

/// Looks a name up in globals, then builtins.
fn global_or_builtin(vm: &Vm, frame: &Frame, name: &PyStr) -> PyResult<Value> {
    if let Some(v) = frame.globals.get_str(name) {
        return Ok(v);
    }
    vm.builtins.get_str(name).ok_or_else(|| not_defined(vm, name))
}

/// `( -- [NULL], global)`, adaptive: a name found in the module's globals, or in the builtins,
/// specialises to an index checked by the dicts' keys versions.
pub fn load_global(vm: &mut Vm, frame: &mut Frame, arg: u32) -> PyResult<Flow> {
    let builtins = &vm.builtins;
    if let Some(form) =
        adaptive::adapt(frame, Opcode::LoadGlobal, |f| specialize_load_global(f, builtins, arg))
    {
        return match form {
            Opcode::LoadGlobalModule => load_global_module(vm, frame, arg),
            _ => load_global_builtin(vm, frame, arg),
        };
    }
    generic_load_global(vm, frame, arg)
}

/// Chooses the form and fills the cache: index, globals' keys version, builtins' keys version
/// (each must fit in 16 bits, as in CPython, or the site stays generic).
fn specialize_load_global(frame: &Frame, builtins: &crate::object::dict::Dict, arg: u32) -> Option<Opcode> {
    let name = frame.name(arg >> 1).ok()?;
    let small = |v: usize| (v < 1 << 16).then_some(v as u16);
    let (form, index, builtins_version) = match frame.globals.index_of_str(name) {
        Some(index) => (Opcode::LoadGlobalModule, small(index)?, 0),
        None => {
            let index = builtins.index_of_str(name)?;
            (Opcode::LoadGlobalBuiltin, small(index)?, small(builtins.keys_version()? as usize)?)
        }
    };
    let globals_version = small(frame.globals.keys_version()? as usize)?;
    adaptive::cache(frame, 1)?.set(index);
    adaptive::cache(frame, 2)?.set(globals_version);
    adaptive::cache(frame, 3)?.set(builtins_version);
    Some(form)
}

/// The cached index and keys versions of a LOAD_GLOBAL site.
fn global_cache(frame: &Frame) -> (usize, u32, u32) {
    let unit = |n| adaptive::cache(frame, n).map_or(0, |c| c.get());
    (unit(1) as usize, unit(2) as u32, unit(3) as u32)
}

/// `LOAD_GLOBAL_MODULE`: the globals' keys are as they were; the value is at the index.
pub fn load_global_module(vm: &mut Vm, frame: &mut Frame, arg: u32) -> PyResult<Flow> {
    let (index, version, _) = global_cache(frame);
    if frame.globals.current_keys_version() != version {
        return load_global(vm, frame, arg);
    }
    let Some(v) = frame.globals.value_at(index) else { return load_global(vm, frame, arg) };
    if arg & 1 != 0 {
        frame.push(Value::Null)?;
    }
    frame.push(v)?;
    Ok(Flow::Continue)
}

/// `LOAD_GLOBAL_BUILTIN`: neither the globals' keys (still without the name) nor the builtins'
/// keys changed; the value is at the index in the builtins.
pub fn load_global_builtin(vm: &mut Vm, frame: &mut Frame, arg: u32) -> PyResult<Flow> {
    let (index, version, builtins_version) = global_cache(frame);
    if frame.globals.current_keys_version() != version
        || vm.builtins.current_keys_version() != builtins_version
    {
        return load_global(vm, frame, arg);
    }
    let Some(v) = vm.builtins.value_at(index) else { return load_global(vm, frame, arg) };
    if arg & 1 != 0 {
        frame.push(Value::Null)?;
    }
    frame.push(v)?;
    Ok(Flow::Continue)
}

fn generic_load_global(vm: &mut Vm, frame: &mut Frame, arg: u32) -> PyResult<Flow> {
    let name = frame.name(arg >> 1)?.clone();
    let v = global_or_builtin(vm, frame, &name)?;
    if arg & 1 != 0 {
        frame.push(Value::Null)?;
    }
    frame.push(v)?;
    Ok(Flow::Continue)
}

fn str_key(name: &Rc<PyStr>) -> crate::object::dict::Key {
    crate::object::dict::Key { hash: name.hash(), value: Value::Str(name.clone()) }
}

pub fn store_global(frame: &mut Frame, i: u32) -> PyResult<Flow> {
    let name = frame.name(i)?.clone();
    let v = frame.pop()?;
    let old = frame.globals.replace(str_key(&name), v);
    super::after_drop(old.unwrap_or(Value::None))
}

pub fn delete_global(vm: &mut Vm, frame: &mut Frame, i: u32) -> PyResult<Flow> {
    let name = frame.name(i)?.clone();
    match frame.globals.remove_str(&name) {
        Some(old) => super::after_drop(old),
        None => Err(not_defined(vm, &name)),
    }
}

/// A name from a non-dict namespace (`exec` with a mapping for locals): `None` on KeyError.
fn mapping_get(vm: &mut Vm, frame: &Frame, name: &Rc<PyStr>) -> PyResult<Option<Value>> {
    let Some(mapping) = frame.locals_mapping.clone() else {
        return Err(PyErr::fault("name instruction in a frame without locals"));
    };
    match protocol::getitem(vm, &mapping, &Value::Str(name.clone())) {
        Ok(v) => Ok(Some(v)),
        Err(e) if e.is_instance(&vm.types.key_error) => Ok(None),
        Err(e) => Err(e),
    }
}

pub fn load_name(vm: &mut Vm, frame: &mut Frame, i: u32) -> PyResult<Flow> {
    let name = frame.name(i)?.clone();
    let found = match &frame.locals {
        Some(d) => d.get_str(&name),
        None => mapping_get(vm, frame, &name)?,
    };
    let v = match found {
        Some(v) => v,
        None => global_or_builtin(vm, frame, &name)?,
    };
    frame.push(v)?;
    Ok(Flow::Continue)
}

pub fn store_name(vm: &mut Vm, frame: &mut Frame, i: u32) -> PyResult<Flow> {
    let name = frame.name(i)?.clone();
    let v = frame.pop()?;
    match (&frame.locals, &frame.locals_mapping) {
        (Some(d), _) => super::after_drop(d.replace(str_key(&name), v).unwrap_or(Value::None)),
        (None, Some(m)) => {
            protocol::setitem(vm, &m.clone(), &Value::Str(name), v)?;
            Ok(Flow::Continue)
        }
        (None, None) => Err(PyErr::fault("name instruction in a frame without locals")),
    }
}

pub fn delete_name(vm: &mut Vm, frame: &mut Frame, i: u32) -> PyResult<Flow> {
    let name = frame.name(i)?.clone();
    match (&frame.locals, &frame.locals_mapping) {
        (Some(d), _) => match d.remove_str(&name) {
            Some(old) => super::after_drop(old),
            None => Err(not_defined(vm, &name)),
        },
        (None, Some(m)) => match protocol::delitem(vm, &m.clone(), &Value::Str(name.clone())) {
            Ok(()) => Ok(Flow::Continue),
            Err(e) if e.is_instance(&vm.types.key_error) => Err(not_defined(vm, &name)),
            Err(e) => Err(e),
        },
        (None, None) => Err(PyErr::fault("name instruction in a frame without locals")),
    }
}

/// Wraps local `i` in a new cell holding its current value (an argument may be there already).
pub fn make_cell(frame: &mut Frame, i: u32) -> PyResult<Flow> {
    let slot = frame.local_mut(i)?;
    let v = std::mem::replace(slot, Value::Null);
    *slot = Value::object(Object::Cell(RefCell::new(v)));
    Ok(Flow::Continue)
}

/// Copies the function's closure cells into the last `n` localsplus slots.
pub fn copy_free_vars(frame: &mut Frame, n: u32) -> PyResult<Flow> {
    let closure = frame.func.as_ref().and_then(|f| f.closure.clone());
    let Some(closure) = closure else { return Err(PyErr::fault("COPY_FREE_VARS without a closure")) };
    let n = n as usize;
    let total = frame.localsplus.len();
    if n > total || n > closure.len() {
        return Err(PyErr::fault("COPY_FREE_VARS: closure too small"));
    }
    for (k, cell) in closure.items()[..n].iter().enumerate() {
        frame.localsplus[total - n + k] = cell.clone();
    }
    Ok(Flow::Continue)
}

fn cell_of(frame: &Frame, i: u32) -> PyResult<Rc<Object>> {
    match frame.local(i)? {
        Value::Object(o) if matches!(&**o, Object::Cell(_)) => Ok(o.clone()),
        _ => Err(PyErr::fault(format!("localsplus slot {i} holds no cell"))),
    }
}

fn unbound_deref(vm: &Vm, frame: &Frame, i: u32) -> PyErr {
    let name = frame.code.localsplus_names.get(i as usize).map_or("?", |n| n.as_str());
    let is_free = frame.code.object.localspluskinds.get(i as usize).is_some_and(|k| k & kind::FREE != 0);
    if is_free {
        vm.name_error(format!(
            "cannot access free variable '{name}' where it is not associated with a value in enclosing scope"
        ))
    } else {
        unbound_local(vm, frame, i)
    }
}

fn cell_get(vm: &Vm, frame: &Frame, i: u32) -> PyResult<Value> {
    let cell = cell_of(frame, i)?;
    let v = match &*cell {
        Object::Cell(c) => c.borrow().clone(),
        _ => Value::Null,
    };
    if v.is_null() {
        return Err(unbound_deref(vm, frame, i));
    }
    Ok(v)
}

pub fn load_deref(vm: &mut Vm, frame: &mut Frame, i: u32) -> PyResult<Flow> {
    let v = cell_get(vm, frame, i)?;
    frame.push(v)?;
    Ok(Flow::Continue)
}

pub fn store_deref(frame: &mut Frame, i: u32) -> PyResult<Flow> {
    let v = frame.pop()?;
    let cell = cell_of(frame, i)?;
    if let Object::Cell(c) = &*cell {
        *c.borrow_mut() = v;
    }
    Ok(Flow::Continue)
}

pub fn delete_deref(vm: &mut Vm, frame: &mut Frame, i: u32) -> PyResult<Flow> {
    let cell = cell_of(frame, i)?;
    if let Object::Cell(c) = &*cell {
        if c.borrow().is_null() {
            return Err(unbound_deref(vm, frame, i));
        }
        *c.borrow_mut() = Value::Null;
    }
    Ok(Flow::Continue)
}

/// Class bodies: the name from the class namespace if there, else from the cell.
pub fn load_from_dict_or_deref(vm: &mut Vm, frame: &mut Frame, i: u32) -> PyResult<Flow> {
    let mapping = frame.pop()?;
    let name = frame
        .code
        .localsplus_names
        .get(i as usize)
        .cloned()
        .ok_or_else(|| PyErr::fault("bad deref index"))?;
    let found = match &mapping {
        Value::Dict(d) => d.get_str(&name),
        _ => None,
    };
    let v = match found {
        Some(v) => v,
        None => cell_get(vm, frame, i)?,
    };
    frame.push(v)?;
    Ok(Flow::Continue)
}

/// Annotation scopes: the name from the mapping if there, else globals, else builtins.
pub fn load_from_dict_or_globals(vm: &mut Vm, frame: &mut Frame, i: u32) -> PyResult<Flow> {
    let mapping = frame.pop()?;
    let name = frame.name(i)?.clone();
    let found = match &mapping {
        Value::Dict(d) => d.get_str(&name),
        _ => None,
    };
    let v = match found {
        Some(v) => v,
        None => global_or_builtin(vm, frame, &name)?,
    };
    frame.push(v)?;
    Ok(Flow::Continue)
}

/// `SETUP_ANNOTATIONS`: a module or class body with annotations gets an `__annotations__` dict.
pub fn setup_annotations(vm: &mut Vm, frame: &mut Frame) -> PyResult<Flow> {
    if frame.locals.is_none() && frame.locals_mapping.is_some() {
        let name = Rc::new(PyStr::new("__annotations__"));
        if mapping_get(vm, frame, &name)?.is_none() {
            let mapping = frame.locals_mapping.clone().unwrap_or(Value::None);
            let fresh = Value::Dict(Rc::new(crate::object::dict::Dict::new()));
            protocol::setitem(vm, &mapping, &Value::Str(name), fresh)?;
        }
        return Ok(Flow::Continue);
    }
    let Some(locals) = frame.locals.clone() else {
        return Err(vm.runtime_error("no locals found when setting up annotations".into()));
    };
    if locals.get_str(&crate::object::str::PyStr::new("__annotations__")).is_none() {
        locals.set_str("__annotations__", Value::Dict(std::rc::Rc::new(crate::object::dict::Dict::new())));
    }
    Ok(Flow::Continue)
}

pub fn load_locals(vm: &mut Vm, frame: &mut Frame) -> PyResult<Flow> {
    match frame.locals.clone() {
        Some(d) => {
            frame.push(Value::Dict(d))?;
            Ok(Flow::Continue)
        }
        None => match frame.locals_mapping.clone() {
            Some(m) => {
                frame.push(m)?;
                Ok(Flow::Continue)
            }
            None => Err(vm.runtime_error("no locals found".into())),
        },
    }
}
