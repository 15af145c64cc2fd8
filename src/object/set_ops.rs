//! The set operators, each building its result in the order CPython's `setobject.c` does,
//! since that order is what the result iterates in.

use super::dict::Key;
use super::set::Set;
use crate::interp::{PyResult, Vm};

fn key_of(hash: i64, value: &super::value::Value) -> Key {
    Key { hash, value: value.clone() }
}

/// `a | b`: a copy of `a`, then `b` merged in.
pub fn union(a: &Set, b: &Set, frozen: bool) -> Set {
    let result = a.copy(frozen);
    result.merge(b);
    result
}

/// The element of `set` equal to `key`'s value, if any: by native equality, then through the
/// Python `__eq__` of whichever side defines one (only elements with the same hash are asked).
fn stored_equal(vm: &mut Vm, set: &Set, key: &Key) -> PyResult<Option<Key>> {
    if set.contains(key) {
        return Ok(Some(key.clone()));
    }
    let user = super::dunder::is_user(&key.value);
    for stored in set.user_eq_candidates(key.hash, user) {
        if stored.is(&key.value) || super::protocol::eq(vm, &stored, &key.value)? {
            return Ok(Some(Key { hash: key.hash, value: stored }));
        }
    }
    Ok(None)
}

/// `a & b`: the smaller set's elements (the right one on a tie) that the other holds, in
/// the smaller set's order.
pub fn intersection(vm: &mut Vm, a: &Set, b: &Set, frozen: bool) -> PyResult<Set> {
    let (big, small) = if b.len() > a.len() { (b, a) } else { (a, b) };
    let result = Set::new(frozen);
    for key in small.keys() {
        if stored_equal(vm, big, &key)?.is_some() {
            result.add(key);
        }
    }
    Ok(result)
}

/// `a - b`: for a much larger `a`, a copy with `b`'s elements discarded; otherwise `a`'s
/// elements not in `b`, in `a`'s order.
pub fn difference(vm: &mut Vm, a: &Set, b: &Set, frozen: bool) -> PyResult<Set> {
    if (a.len() >> 2) > b.len() {
        let result = a.copy(frozen);
        for key in b.keys() {
            if let Some(stored) = stored_equal(vm, &result, &key)? {
                result.remove(&stored);
            }
        }
        return Ok(result);
    }
    let result = Set::new(frozen);
    for key in a.keys() {
        if stored_equal(vm, b, &key)?.is_none() {
            result.add(key);
        }
    }
    Ok(result)
}

/// `a ^ b`: a copy of `b`, then each element of `a` discarded if present, else added.
pub fn symmetric_difference(vm: &mut Vm, a: &Set, b: &Set, frozen: bool) -> PyResult<Set> {
    let result = b.copy(frozen);
    toggle(vm, &result, a)?;
    Ok(result)
}

/// Each element of `b` removed from `a` if `a` holds an equal one, else added.
fn toggle(vm: &mut Vm, a: &Set, b: &Set) -> PyResult<()> {
    for key in b.keys() {
        match stored_equal(vm, a, &key)? {
            Some(stored) => {
                a.remove(&stored);
            }
            None => {
                a.add(key);
            }
        }
    }
    Ok(())
}

/// The binary operator `op` (`|`, `&`, `-`, `^` as `NB_*` values) on two sets.
pub fn set_op(vm: &mut Vm, a: &Set, b: &Set, op: u32) -> PyResult<Set> {
    use super::protocol::nb;
    let frozen = a.frozen;
    match op % nb::INPLACE {
        nb::OR => Ok(union(a, b, frozen)),
        nb::AND => intersection(vm, a, b, frozen),
        nb::SUBTRACT => difference(vm, a, b, frozen),
        _ => symmetric_difference(vm, a, b, frozen),
    }
}

/// `a |= b`, `a &= b`, `a -= b`, `a ^= b` on a mutable set, as the `*_update` methods do.
pub fn update_in_place(vm: &mut Vm, a: &Set, b: &Set, op: u32) -> PyResult<()> {
    use super::protocol::nb;
    match op % nb::INPLACE {
        nb::OR => a.merge(b),
        nb::SUBTRACT => {
            for key in b.keys() {
                if let Some(stored) = stored_equal(vm, a, &key)? {
                    a.remove(&stored);
                }
            }
        }
        nb::XOR => toggle(vm, a, b)?,
        _ => {
            let result = set_op(vm, a, b, op)?;
            *a.borrow_mut() = result.borrow().clone();
        }
    }
    Ok(())
}

/// A dict view (keys or items) with a set operator, as `dictviews_or` and friends do it:
/// `set(a)`, then `b` merged, removed or toggled; `&` goes through the smaller side.
pub fn view_op(vm: &mut Vm, a: &super::value::Value, b: &super::value::Value, op: u32) -> PyResult<Set> {
    use super::protocol::{self, nb};
    use super::value::Value;
    let (a, b) = if op % nb::INPLACE == nb::AND && !matches!(a, Value::Object(_)) { (b, a) } else { (a, b) };
    if op % nb::INPLACE == nb::AND {
        if let Value::Set(other) = b
            && protocol::len(vm, a)? <= other.len()
        {
            let view_set = Set::new(false);
            crate::builtins::types::set::update_from(vm, &view_set, a)?;
            return Ok(intersection_iterating(&view_set, other));
        }
        let result = Set::new(false);
        for item in protocol::collect(vm, b)? {
            if protocol::contains(vm, a, &item)? {
                result.add(protocol::key(vm, &item)?);
            }
        }
        return Ok(result);
    }
    let result = Set::new(false);
    crate::builtins::types::set::update_from(vm, &result, a)?;
    match op % nb::INPLACE {
        nb::OR => crate::builtins::types::set::update_from(vm, &result, b)?,
        nb::SUBTRACT => {
            for item in protocol::collect(vm, b)? {
                result.remove(&protocol::key(vm, &item)?);
            }
        }
        _ => {
            let other = Set::new(false);
            crate::builtins::types::set::update_from(vm, &other, b)?;
            update_in_place(vm, &result, &other, nb::XOR)?;
        }
    }
    Ok(result)
}

/// `other.intersection(view)`: the view's elements that `other` holds, in the view's order.
fn intersection_iterating(view: &Set, other: &Set) -> Set {
    let result = Set::new(false);
    for (hash, v) in view.borrow().entries() {
        let key = key_of(*hash, v);
        if other.contains(&key) {
            result.add(key);
        }
    }
    result
}
