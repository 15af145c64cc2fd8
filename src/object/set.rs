//! `set` and `frozenset`, on `SetTable`, so that they iterate in exactly CPython's order.

use std::cell::{Ref, RefCell, RefMut};

use super::dict::Key;
use super::set_table::SetTable;
use super::value::Value;

pub struct Set {
    pub frozen: bool,
    table: RefCell<SetTable<Value>>,
}

impl Set {
    pub fn new(frozen: bool) -> Set {
        Set { frozen, table: RefCell::new(SetTable::new()) }
    }

    pub fn borrow(&self) -> Ref<'_, SetTable<Value>> {
        self.table.borrow()
    }

    pub fn borrow_mut(&self) -> RefMut<'_, SetTable<Value>> {
        self.table.borrow_mut()
    }

    pub fn len(&self) -> usize {
        self.table.borrow().len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn add(&self, key: Key) -> bool {
        let Key { hash, value } = key;
        let probe = value.clone();
        self.table.borrow_mut().insert(hash, value, |v| super::protocol::native_eq(v, &probe))
    }

    pub fn contains(&self, key: &Key) -> bool {
        self.table.borrow().find(key.hash, |v| super::protocol::native_eq(v, &key.value)).is_some()
    }

    pub fn remove(&self, key: &Key) -> bool {
        self.table.borrow_mut().remove(key.hash, |v| super::protocol::native_eq(v, &key.value)).is_some()
    }

    /// A snapshot of the elements with their hashes, in iteration order (for operations that
    /// add to another set while reading this one).
    /// The stored elements with `hash` that a user-defined `__eq__` might find equal to a value
    /// (`value_is_user`: the value's own type defines it), in probe order: a lookup, not a scan.
    pub fn user_eq_candidates(&self, hash: i64, value_is_user: bool) -> Vec<Value> {
        let mut found = Vec::new();
        self.table.borrow().find(hash, |item| {
            if value_is_user || super::dunder::is_user(item) {
                found.push(item.clone());
            }
            false
        });
        found
    }

    pub fn keys(&self) -> Vec<Key> {
        self.table.borrow().entries().map(|(h, v)| Key { hash: *h, value: v.clone() }).collect()
    }

    /// A snapshot of the elements in iteration order.
    pub fn items(&self) -> Vec<Value> {
        self.table.borrow().entries().map(|(_, v)| v.clone()).collect()
    }

    /// A new set with the same entries (`set.copy()`, `set(s)`), laid out as CPython copies.
    pub fn copy(&self, frozen: bool) -> Set {
        let set = Set::new(frozen);
        set.merge(self);
        set
    }

    /// Adds every element of `other` (`set_merge`).
    pub fn merge(&self, other: &Set) {
        let other = other.table.borrow().clone();
        self.table.borrow_mut().merge(&other, super::protocol::native_eq);
    }
}
