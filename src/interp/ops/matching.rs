//! Structural pattern matching (`match`): the instructions the compiler emits for sequence,
//! mapping and class patterns.

use super::Flow;
use crate::interp::{Frame, PyResult, Vm};
use crate::object::exception::PyErr;
use crate::object::misc::Object;
use crate::object::protocol;
use crate::object::types::TypeKind;
use crate::object::value::Value;

/// `(obj -- obj, len(obj))`.
pub fn get_len(vm: &mut Vm, frame: &mut Frame) -> PyResult<Flow> {
    let obj = frame.top(0)?.clone();
    let n = protocol::len(vm, &obj)?;
    frame.push(Value::Int(n as i64))?;
    Ok(Flow::Continue)
}

/// Whether a sequence pattern may match: lists, tuples and ranges, never str, bytes or dicts.
pub fn match_sequence(frame: &mut Frame) -> PyResult<Flow> {
    // Subclasses of list, tuple and dict match as their base does.
    let is_seq = match crate::object::dunder::builtin_value(frame.top(0)?) {
        Value::List(_) | Value::Tuple(_) => true,
        Value::Object(o) => matches!(&**o, Object::Range(_)),
        _ => false,
    };
    frame.push(Value::Bool(is_seq))?;
    Ok(Flow::Continue)
}

pub fn match_mapping(frame: &mut Frame) -> PyResult<Flow> {
    let is_map = matches!(crate::object::dunder::builtin_value(frame.top(0)?), Value::Dict(_));
    frame.push(Value::Bool(is_map))?;
    Ok(Flow::Continue)
}

/// `(subject, keys -- subject, keys, values or None)`.
pub fn match_keys(vm: &mut Vm, frame: &mut Frame) -> PyResult<Flow> {
    let keys = frame.top(0)?.clone();
    let subject = frame.top(1)?.clone();
    let (Value::Tuple(keys), Value::Dict(d)) = (&keys, crate::object::dunder::builtin_value(&subject)) else {
        return Err(PyErr::fault("MATCH_KEYS needs a key tuple and a mapping"));
    };
    let mut values = Vec::with_capacity(keys.len());
    for k in keys.items() {
        let key = protocol::key(vm, k)?;
        match d.get(&key) {
            Some(v) => values.push(v),
            None => {
                frame.push(Value::None)?;
                return Ok(Flow::Continue);
            }
        }
    }
    frame.push(Value::tuple(values))?;
    Ok(Flow::Continue)
}

/// `(subject, type, names -- attributes or None)`: `count` positional sub-patterns, then one
/// per keyword name.
pub fn match_class(vm: &mut Vm, frame: &mut Frame, count: u32) -> PyResult<Flow> {
    let names = frame.pop()?;
    let typ = frame.pop()?;
    let subject = frame.pop()?;
    let Value::Type(t) = &typ else {
        return Err(vm.type_error("called match pattern must be a class".into()));
    };
    if !protocol::type_of(vm, &subject).is_subtype(t) {
        frame.push(Value::None)?;
        return Ok(Flow::Continue);
    }
    let mut attrs = Vec::new();
    if count > 0 {
        // Builtin types match their one positional pattern against the subject itself.
        let self_matching = matches!(
            t.kind,
            TypeKind::Bool
                | TypeKind::Bytes
                | TypeKind::Dict
                | TypeKind::Float
                | TypeKind::FrozenSet
                | TypeKind::Int
                | TypeKind::List
                | TypeKind::Set
                | TypeKind::Str
                | TypeKind::Tuple
        );
        let match_args = if t.heap {
            crate::object::class::lookup(t, &crate::object::str::PyStr::new("__match_args__"))
        } else {
            None
        };
        match match_args {
            Some(Value::Tuple(names)) => {
                if count as usize > names.len() {
                    let n = names.len();
                    return Err(vm.type_error(format!(
                        "{}() accepts {n} positional sub-pattern{} ({count} given)",
                        t.name,
                        if n == 1 { "" } else { "s" }
                    )));
                }
                for name in &names.items()[..count as usize] {
                    let Value::Str(name) = name else {
                        return Err(vm.type_error("__match_args__ elements must be strings".into()));
                    };
                    match crate::object::attr::getattr(vm, &subject, name) {
                        Ok(v) => attrs.push(v),
                        Err(e) if e.is_instance(&vm.types.attribute_error) => {
                            frame.push(Value::None)?;
                            return Ok(Flow::Continue);
                        }
                        Err(e) => return Err(e),
                    }
                }
            }
            Some(_) => return Err(vm.type_error(format!("{}.__match_args__ must be a tuple", t.name))),
            None if !self_matching || count > 1 => {
                let n = usize::from(self_matching);
                return Err(vm.type_error(format!(
                    "{}() accepts {n} positional sub-pattern{} ({count} given)",
                    t.name,
                    if n == 1 { "" } else { "s" }
                )));
            }
            None => attrs.push(subject.clone()),
        }
    }
    if let Value::Tuple(names) = &names {
        for name in names.items() {
            let Value::Str(name) = name else { continue };
            match crate::object::attr::getattr(vm, &subject, name) {
                Ok(v) => attrs.push(v),
                Err(e) if e.is_instance(&vm.types.attribute_error) => {
                    frame.push(Value::None)?;
                    return Ok(Flow::Continue);
                }
                Err(e) => return Err(e),
            }
        }
    }
    frame.push(Value::tuple(attrs))?;
    Ok(Flow::Continue)
}
