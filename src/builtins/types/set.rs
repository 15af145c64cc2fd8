//! Methods of `set` and `frozenset`.

use std::rc::Rc;

use crate::interp::{PyResult, Vm};
use crate::object::exception::PyErr;
use crate::object::function::{Args, NativeMethod};
use crate::object::protocol::{self, check_args};
use crate::object::set::Set;
use crate::object::set_ops;
use crate::object::value::Value;

pub static METHODS: &[NativeMethod] = crate::methods!("set";
    "add" => add, "remove" => remove, "discard" => discard, "pop" => pop, "clear" => clear,
    "copy" => copy, "update" => update, "union" => union, "intersection" => intersection,
    "difference" => difference, "symmetric_difference" => symmetric_difference,
    "intersection_update" => intersection_update, "difference_update" => difference_update,
    "symmetric_difference_update" => symmetric_difference_update,
    "issubset" => issubset, "issuperset" => issuperset, "isdisjoint" => isdisjoint,
);

pub static FROZEN_METHODS: &[NativeMethod] = crate::methods!("frozenset";
    "copy" => copy, "union" => union, "intersection" => intersection, "difference" => difference,
    "symmetric_difference" => symmetric_difference, "issubset" => issubset, "issuperset" => issuperset,
    "isdisjoint" => isdisjoint,
);

fn this(v: &Value) -> PyResult<&Rc<Set>> {
    match v {
        Value::Set(s) => Ok(s),
        _ => Err(PyErr::fault("set method on a non-set")),
    }
}

/// Any iterable as a set (a set argument is used as it is).
fn as_set(vm: &mut Vm, v: &Value) -> PyResult<Rc<Set>> {
    if let Value::Set(s) = v {
        return Ok(s.clone());
    }
    let set = Set::new(false);
    for item in protocol::collect(vm, v)? {
        set.add(protocol::key(vm, &item)?);
    }
    Ok(Rc::new(set))
}

fn add(vm: &mut Vm, s: &Value, args: Args) -> PyResult<Value> {
    check_args(vm, "set.add", &args, 1, 1)?;
    let set = this(s)?;
    let key = protocol::set_key(vm, set, &args.pos()[0])?;
    set.add(key);
    Ok(Value::None)
}

fn remove(vm: &mut Vm, s: &Value, args: Args) -> PyResult<Value> {
    check_args(vm, "set.remove", &args, 1, 1)?;
    let key = protocol::set_key(vm, this(s)?, &args.pos()[0])?;
    if this(s)?.remove(&key) { Ok(Value::None) } else { Err(vm.key_error(args.pos()[0].clone())) }
}

fn discard(vm: &mut Vm, s: &Value, args: Args) -> PyResult<Value> {
    check_args(vm, "set.discard", &args, 1, 1)?;
    let key = protocol::set_key(vm, this(s)?, &args.pos()[0])?;
    this(s)?.remove(&key);
    Ok(Value::None)
}

fn pop(vm: &mut Vm, s: &Value, args: Args) -> PyResult<Value> {
    check_args(vm, "set.pop", &args, 0, 0)?;
    let popped = this(s)?.borrow_mut().pop();
    popped.ok_or_else(|| vm.key_error(Value::str("pop from an empty set")))
}

fn clear(vm: &mut Vm, s: &Value, args: Args) -> PyResult<Value> {
    check_args(vm, "set.clear", &args, 0, 0)?;
    this(s)?.borrow_mut().clear();
    Ok(Value::None)
}

fn copy(vm: &mut Vm, s: &Value, args: Args) -> PyResult<Value> {
    check_args(vm, "copy", &args, 0, 0)?;
    let set = this(s)?;
    if set.frozen {
        return Ok(s.clone());
    }
    Ok(Value::Set(Rc::new(set.copy(false))))
}

/// `set.union(*others)`: a copy of the receiver, then each other merged in.
fn union(vm: &mut Vm, s: &Value, args: Args) -> PyResult<Value> {
    let set = this(s)?;
    let result = set.copy(set.frozen);
    for other in args.pos() {
        update_from(vm, &result, other)?;
    }
    Ok(Value::Set(Rc::new(result)))
}

/// `intersection` and `difference`: the first operation on the receiver itself (not a
/// copy, whose layout could differ), then on the running result.
fn chain(
    vm: &mut Vm,
    s: &Value,
    args: Args,
    op: fn(&mut Vm, &Set, &Set, bool) -> PyResult<Set>,
) -> PyResult<Value> {
    let set = this(s)?;
    if args.pos().is_empty() {
        return Ok(Value::Set(Rc::new(set.copy(set.frozen))));
    }
    let mut result: Option<Set> = None;
    for other in args.pos() {
        let other = as_set(vm, other)?;
        let next = match &result {
            None => op(vm, set, &other, set.frozen)?,
            Some(r) => op(vm, r, &other, set.frozen)?,
        };
        result = Some(next);
    }
    Ok(Value::Set(Rc::new(result.unwrap_or_else(|| set.copy(set.frozen)))))
}

fn intersection(vm: &mut Vm, s: &Value, args: Args) -> PyResult<Value> {
    chain(vm, s, args, set_ops::intersection)
}

fn difference(vm: &mut Vm, s: &Value, args: Args) -> PyResult<Value> {
    chain(vm, s, args, set_ops::difference)
}

fn symmetric_difference(vm: &mut Vm, s: &Value, args: Args) -> PyResult<Value> {
    check_args(vm, "symmetric_difference", &args, 1, 1)?;
    chain(vm, s, args, set_ops::symmetric_difference)
}

fn update_with(vm: &mut Vm, s: &Value, args: Args, op: u32) -> PyResult<Value> {
    let set = this(s)?.clone();
    for other in args.pos() {
        let other = as_set(vm, other)?;
        set_ops::update_in_place(vm, &set, &other, op)?;
    }
    Ok(Value::None)
}

fn update(vm: &mut Vm, s: &Value, args: Args) -> PyResult<Value> {
    update_with(vm, s, args, protocol::nb::OR)
}

fn intersection_update(vm: &mut Vm, s: &Value, args: Args) -> PyResult<Value> {
    update_with(vm, s, args, protocol::nb::AND)
}

fn difference_update(vm: &mut Vm, s: &Value, args: Args) -> PyResult<Value> {
    update_with(vm, s, args, protocol::nb::SUBTRACT)
}

fn symmetric_difference_update(vm: &mut Vm, s: &Value, args: Args) -> PyResult<Value> {
    update_with(vm, s, args, protocol::nb::XOR)
}

fn issubset(vm: &mut Vm, s: &Value, args: Args) -> PyResult<Value> {
    check_args(vm, "issubset", &args, 1, 1)?;
    let other = as_set(vm, &args.pos()[0])?;
    let ok = this(s)?.items().iter().all(|v| protocol::native_key(v).is_some_and(|k| other.contains(&k)));
    Ok(Value::Bool(ok))
}

fn issuperset(vm: &mut Vm, s: &Value, args: Args) -> PyResult<Value> {
    check_args(vm, "issuperset", &args, 1, 1)?;
    let other = as_set(vm, &args.pos()[0])?;
    let set = this(s)?;
    let ok = other.items().iter().all(|v| protocol::native_key(v).is_some_and(|k| set.contains(&k)));
    Ok(Value::Bool(ok))
}

fn isdisjoint(vm: &mut Vm, s: &Value, args: Args) -> PyResult<Value> {
    check_args(vm, "isdisjoint", &args, 1, 1)?;
    let other = as_set(vm, &args.pos()[0])?;
    let set = this(s)?;
    let ok = !other.items().iter().any(|v| protocol::native_key(v).is_some_and(|k| set.contains(&k)));
    Ok(Value::Bool(ok))
}

/// Adds every element of an iterable, as `set_update_internal` does: a set is merged (which
/// keeps its layout when possible), a dict's keys are added after one resize, anything else
/// one element at a time.
pub fn update_from(vm: &mut Vm, set: &Set, iterable: &Value) -> PyResult<()> {
    match iterable {
        Value::Set(other) => set.merge(other),
        Value::Dict(d) => {
            let n = d.len();
            {
                let mut table = set.borrow_mut();
                let (used, fill) = (table.len(), table.fill());
                if (fill + n) * 5 >= (table.capacity() - 1) * 3 {
                    table.resize((used + n) * 2);
                }
            }
            for k in d.keys() {
                let key = protocol::set_key(vm, set, &k)?;
                set.add(key);
            }
        }
        _ => {
            for item in protocol::collect(vm, iterable)? {
                let key = protocol::set_key(vm, set, &item)?;
                set.add(key);
            }
        }
    }
    Ok(())
}
