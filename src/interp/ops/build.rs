//! Building and unpacking containers, f-string pieces and the one-operand intrinsics.

use std::rc::Rc;

use super::Flow;
use crate::interp::{Frame, PyResult, Vm, adaptive};
use crate::object::dict::Dict;
use crate::object::exception::PyErr;
use crate::object::misc::Object;
use crate::object::protocol;
use crate::object::set::Set;
use crate::object::str::PyStr;
use crate::object::value::Value;
use crate::opcode::Opcode;

pub fn build_tuple(frame: &mut Frame, n: u32) -> PyResult<Flow> {
    let items = frame.pop_n(n as usize)?;
    frame.push(Value::tuple(items))?;
    Ok(Flow::Continue)
}

pub fn build_list(frame: &mut Frame, n: u32) -> PyResult<Flow> {
    let items = frame.pop_n(n as usize)?;
    frame.push(Value::list(items))?;
    Ok(Flow::Continue)
}

pub fn build_set(vm: &mut Vm, frame: &mut Frame, n: u32) -> PyResult<Flow> {
    let items = frame.pop_n(n as usize)?;
    let set = Set::new(false);
    for item in &items {
        let key = protocol::set_key(vm, &set, item)?;
        set.add(key);
    }
    frame.push(Value::Set(Rc::new(set)))?;
    Ok(Flow::Continue)
}

pub fn build_map(vm: &mut Vm, frame: &mut Frame, n: u32) -> PyResult<Flow> {
    let items = frame.pop_n(2 * n as usize)?;
    let dict = Dict::new();
    for pair in items.chunks_exact(2) {
        let key = protocol::dict_key(vm, &dict, &pair[0])?;
        dict.insert(key, pair[1].clone());
    }
    frame.push(Value::Dict(Rc::new(dict)))?;
    Ok(Flow::Continue)
}

/// `(values[n], keys -- dict)`.
pub fn build_const_key_map(vm: &mut Vm, frame: &mut Frame, n: u32) -> PyResult<Flow> {
    let keys = frame.pop()?;
    let values = frame.pop_n(n as usize)?;
    let Value::Tuple(keys) = keys else {
        return Err(PyErr::fault("BUILD_CONST_KEY_MAP keys are not a tuple"));
    };
    if keys.len() != values.len() {
        return Err(PyErr::fault("BUILD_CONST_KEY_MAP key count mismatch"));
    }
    let dict = Dict::new();
    for (k, v) in keys.items().iter().zip(values) {
        let key = protocol::dict_key(vm, &dict, k)?;
        dict.insert(key, v);
    }
    frame.push(Value::Dict(Rc::new(dict)))?;
    Ok(Flow::Continue)
}

pub fn build_string(frame: &mut Frame, n: u32) -> PyResult<Flow> {
    let pieces = frame.pop_n(n as usize)?;
    let mut s = String::new();
    for p in &pieces {
        match p {
            Value::Str(x) => s.push_str(x.as_str()),
            _ => return Err(PyErr::fault("BUILD_STRING of a non-str")),
        }
    }
    frame.push(Value::Str(Rc::new(PyStr::from_string(s))))?;
    Ok(Flow::Continue)
}

pub fn build_slice(frame: &mut Frame, n: u32) -> PyResult<Flow> {
    let step = if n == 3 { frame.pop()? } else { Value::None };
    let stop = frame.pop()?;
    let start = frame.pop()?;
    frame.push(Value::object(Object::Slice { start, stop, step }))?;
    Ok(Flow::Continue)
}

/// The container `n` places down once the item is popped (comprehensions' accumulator).
fn accumulator(frame: &Frame, n: u32) -> PyResult<Value> {
    if n == 0 {
        return Err(PyErr::fault("accumulator index 0"));
    }
    Ok(frame.top(n as usize - 1)?.clone())
}

pub fn list_append(frame: &mut Frame, n: u32) -> PyResult<Flow> {
    let v = frame.pop()?;
    match accumulator(frame, n)? {
        Value::List(l) => l.push(v),
        _ => return Err(PyErr::fault("LIST_APPEND to a non-list")),
    }
    Ok(Flow::Continue)
}

pub fn set_add(vm: &mut Vm, frame: &mut Frame, n: u32) -> PyResult<Flow> {
    let v = frame.pop()?;
    match accumulator(frame, n)? {
        Value::Set(s) => {
            let key = protocol::set_key(vm, &s, &v)?;
            s.add(key);
        }
        _ => return Err(PyErr::fault("SET_ADD to a non-set")),
    }
    Ok(Flow::Continue)
}

pub fn map_add(vm: &mut Vm, frame: &mut Frame, n: u32) -> PyResult<Flow> {
    let value = frame.pop()?;
    let key = frame.pop()?;
    match accumulator(frame, n)? {
        Value::Dict(d) => {
            let key = protocol::dict_key(vm, &d, &key)?;
            d.insert(key, value)
        }
        _ => return Err(PyErr::fault("MAP_ADD to a non-dict")),
    }
    Ok(Flow::Continue)
}

pub fn list_extend(vm: &mut Vm, frame: &mut Frame, n: u32) -> PyResult<Flow> {
    let iterable = frame.pop()?;
    let items = match protocol::collect(vm, &iterable) {
        Ok(items) => items,
        Err(e) if e.is_instance(&vm.types.type_error) && !protocol::is_iterable(&iterable) => {
            return Err(vm.type_error(format!(
                "Value after * must be an iterable, not {}",
                protocol::type_name(vm, &iterable)
            )));
        }
        Err(e) => return Err(e),
    };
    match accumulator(frame, n)? {
        Value::List(l) => l.borrow_mut().extend(items),
        _ => return Err(PyErr::fault("LIST_EXTEND of a non-list")),
    }
    Ok(Flow::Continue)
}

pub fn set_update(vm: &mut Vm, frame: &mut Frame, n: u32) -> PyResult<Flow> {
    let iterable = frame.pop()?;
    let Value::Set(s) = accumulator(frame, n)? else { return Err(PyErr::fault("SET_UPDATE of a non-set")) };
    crate::builtins::types::set::update_from(vm, &s, &iterable)?;
    Ok(Flow::Continue)
}

/// The (key, value) pairs of a mapping operand, or None if it is not a mapping.
fn mapping_items(v: &Value) -> Option<Vec<(Value, Value)>> {
    match v {
        Value::Dict(d) => Some(d.items()),
        _ => None,
    }
}

pub fn dict_update(vm: &mut Vm, frame: &mut Frame, n: u32) -> PyResult<Flow> {
    let update = frame.pop()?;
    let Some(items) = mapping_items(&update) else {
        return Err(vm.type_error(format!("'{}' object is not a mapping", protocol::type_name(vm, &update))));
    };
    let Value::Dict(d) = accumulator(frame, n)? else {
        return Err(PyErr::fault("DICT_UPDATE of a non-dict"));
    };
    for (k, v) in items {
        d.insert(protocol::key(vm, &k)?, v);
    }
    Ok(Flow::Continue)
}

/// `**mapping` in a call: like `DICT_UPDATE`, but a repeated keyword is an error.
pub fn dict_merge(vm: &mut Vm, frame: &mut Frame, n: u32) -> PyResult<Flow> {
    let update = frame.pop()?;
    let func = frame.top(n as usize + 1).cloned().unwrap_or(Value::None);
    let func_name = crate::interp::call::function_str(vm, &func);
    let Some(items) = mapping_items(&update) else {
        return Err(vm.type_error(format!(
            "{func_name} argument after ** must be a mapping, not {}",
            protocol::type_name(vm, &update)
        )));
    };
    let Value::Dict(d) = accumulator(frame, n)? else { return Err(PyErr::fault("DICT_MERGE of a non-dict")) };
    for (k, v) in items {
        let key = protocol::key(vm, &k)?;
        if d.get(&key).is_some() {
            let name = protocol::str(vm, &k)?;
            return Err(
                vm.type_error(format!("{func_name} got multiple values for keyword argument '{name}'"))
            );
        }
        d.insert(key, v);
    }
    Ok(Flow::Continue)
}

fn unpack_items(vm: &mut Vm, seq: &Value) -> PyResult<Vec<Value>> {
    if !protocol::is_iterable(seq) {
        return Err(
            vm.type_error(format!("cannot unpack non-iterable {} object", protocol::type_name(vm, seq)))
        );
    }
    protocol::collect(vm, seq)
}

/// `(seq -- items[n])`, the first item on top.
pub fn unpack_sequence(vm: &mut Vm, frame: &mut Frame, n: u32) -> PyResult<Flow> {
    let choose = |f: &Frame| match f.top(0).ok()? {
        Value::Tuple(t) if t.len() == 2 && n == 2 => Some(Opcode::UnpackSequenceTwoTuple),
        Value::Tuple(t) if t.len() == n as usize => Some(Opcode::UnpackSequenceTuple),
        Value::List(l) if l.len() == n as usize => Some(Opcode::UnpackSequenceList),
        _ => None,
    };
    if let Some(form) = adaptive::adapt(frame, Opcode::UnpackSequence, choose) {
        return unpack_sequence_exact(vm, frame, n, form);
    }
    generic_unpack_sequence(vm, frame, n)
}

/// `UNPACK_SEQUENCE_TWO_TUPLE`, `_TUPLE` and `_LIST`: an exact tuple or list of exactly `n`
/// items, pushed last first; anything else is a miss.
pub fn unpack_sequence_exact(vm: &mut Vm, frame: &mut Frame, n: u32, form: Opcode) -> PyResult<Flow> {
    let items = match (frame.top(0), form) {
        (Ok(Value::Tuple(t)), Opcode::UnpackSequenceTwoTuple | Opcode::UnpackSequenceTuple)
            if t.len() == n as usize =>
        {
            t.items().to_vec()
        }
        (Ok(Value::List(l)), Opcode::UnpackSequenceList) if l.len() == n as usize => l.to_vec(),
        _ => return unpack_sequence(vm, frame, n),
    };
    frame.pop()?;
    for item in items.into_iter().rev() {
        frame.push(item)?;
    }
    Ok(Flow::Continue)
}

fn generic_unpack_sequence(vm: &mut Vm, frame: &mut Frame, n: u32) -> PyResult<Flow> {
    let seq = frame.pop()?;
    let n = n as usize;
    let items = match &seq {
        Value::Tuple(t) if t.len() == n => t.items().to_vec(),
        _ => unpack_items(vm, &seq)?,
    };
    if items.len() < n {
        return Err(
            vm.value_error(format!("not enough values to unpack (expected {n}, got {})", items.len()))
        );
    }
    if items.len() > n {
        return Err(vm.value_error(format!("too many values to unpack (expected {n})")));
    }
    for item in items.into_iter().rev() {
        frame.push(item)?;
    }
    Ok(Flow::Continue)
}

/// `a, *rest, b = seq`: oparg is (items before the star) | (items after it) << 8.
pub fn unpack_ex(vm: &mut Vm, frame: &mut Frame, arg: u32) -> PyResult<Flow> {
    let (before, after) = ((arg & 0xff) as usize, (arg >> 8) as usize);
    let seq = frame.pop()?;
    let mut items = unpack_items(vm, &seq)?;
    if items.len() < before + after {
        return Err(vm.value_error(format!(
            "not enough values to unpack (expected at least {}, got {})",
            before + after,
            items.len()
        )));
    }
    let tail = items.split_off(items.len() - after);
    let middle = items.split_off(before);
    for item in tail.into_iter().rev() {
        frame.push(item)?;
    }
    frame.push(Value::list(middle))?;
    for item in items.into_iter().rev() {
        frame.push(item)?;
    }
    Ok(Flow::Continue)
}

/// `(value, spec if arg & 4 -- formatted)`: the conversion (`!s`, `!r`, `!a`), then `format`.
pub fn format_value(vm: &mut Vm, frame: &mut Frame, arg: u32) -> PyResult<Flow> {
    let spec = if arg & 4 != 0 { Some(frame.pop()?) } else { None };
    let value = frame.pop()?;
    let value = match arg & 3 {
        1 => Value::Str(protocol::str_value(vm, &value)?),
        2 => Value::str(&protocol::repr(vm, &value)?),
        3 => Value::str(&crate::builtins::functions::ascii_of(&protocol::repr(vm, &value)?)),
        _ => value,
    };
    let spec = match &spec {
        Some(Value::Str(s)) => s.as_str().to_string(),
        Some(_) => return Err(PyErr::fault("FORMAT_VALUE spec is not a str")),
        None => String::new(),
    };
    let r = match (&value, spec.is_empty()) {
        (Value::Str(_), true) => value,
        _ => Value::Str(Rc::new(PyStr::from_string(crate::builtins::format::format(vm, &value, &spec)?))),
    };
    frame.push(r)?;
    Ok(Flow::Continue)
}

/// `INTRINSIC_PRINT`: an expression statement compiled in `'single'` mode hands its value
/// to `sys.displayhook`.
fn intrinsic_print(vm: &mut Vm, v: Value) -> PyResult<Value> {
    let sys = vm.import_module("sys")?;
    let hook = crate::object::attr::getattr(vm, &sys, &crate::object::str::PyStr::new("displayhook"))
        .map_err(|_| vm.runtime_error("lost sys.displayhook".into()))?;
    vm.call(&hook, &[v], &[])
}

pub fn call_intrinsic_1(vm: &mut Vm, frame: &mut Frame, which: u32) -> PyResult<Flow> {
    let v = frame.pop()?;
    let r = match which {
        5 => protocol::pos(vm, &v)?,
        6 => match &v {
            Value::List(l) => Value::tuple(l.to_vec()),
            _ => return Err(PyErr::fault("INTRINSIC_LIST_TO_TUPLE of a non-list")),
        },
        1 => intrinsic_print(vm, v)?,
        2 => super::imports::import_star(vm, frame, v)?,
        3 => stopiteration_error(vm, frame, v),
        4 => Value::object(crate::object::misc::Object::AsyncGenValue(v)),
        _ => {
            let name = crate::opcode::INTRINSIC_1.get(which as usize).copied().unwrap_or("?");
            return Err(PyErr::fault(format!("CALL_INTRINSIC_1 {name} is not supported by minivm yet")));
        }
    };
    frame.push(r)?;
    Ok(Flow::Continue)
}

/// `INTRINSIC_STOPITERATION_ERROR`: a StopIteration escaping a generator's body becomes
/// `RuntimeError: generator raised StopIteration` (PEP 479), chained to it.
fn stopiteration_error(vm: &mut Vm, frame: &Frame, exc: Value) -> Value {
    use crate::code::CodeFlags;
    let Value::Exception(e) = &exc else { return exc };
    let flags = frame.code.object.flags;
    let kind = if flags.has(CodeFlags::ASYNC_GENERATOR) {
        "async generator"
    } else if flags.has(CodeFlags::COROUTINE) {
        "coroutine"
    } else {
        "generator"
    };
    let message = if e.typ.is_subtype(&vm.types.stop_iteration) {
        format!("{kind} raised StopIteration")
    } else if flags.has(CodeFlags::ASYNC_GENERATOR) && e.typ.is_subtype(&vm.types.stop_async_iteration) {
        format!("{kind} raised StopAsyncIteration")
    } else {
        return exc;
    };
    let error =
        crate::object::exception::Exception::new(vm.types.runtime_error.clone(), vec![Value::str(&message)]);
    *error.cause.borrow_mut() = exc.clone();
    *error.context.borrow_mut() = exc.clone();
    error.suppress_context.set(true);
    Value::Exception(std::rc::Rc::new(error))
}

/// `(value2, value1 -- result)`: `PREP_RERAISE_STAR` for `except*`; the type-parameter
/// intrinsics are not supported yet.
pub fn call_intrinsic_2(vm: &mut Vm, frame: &mut Frame, which: u32) -> PyResult<Flow> {
    let value1 = frame.pop()?;
    let value2 = frame.pop()?;
    let r = match which {
        1 => crate::object::exception_group::prep_reraise(vm, &value2, &value1)?,
        _ => {
            let name = crate::opcode::INTRINSIC_2.get(which as usize).copied().unwrap_or("?");
            return Err(PyErr::fault(format!("CALL_INTRINSIC_2 {name} is not supported by minivm yet")));
        }
    };
    frame.push(r)?;
    Ok(Flow::Continue)
}
