//! `list`: a mutable sequence. The items sit behind a `RefCell`; borrows never outlive one
//! operation, and nothing calls back into Python while one is held.

use std::cell::{Ref, RefCell, RefMut};

use super::value::Value;

pub struct List {
    items: RefCell<Vec<Value>>,
}

/// Items die last to first, as CPython's `list_dealloc` releases them (observable through
/// `__del__` and generator finalisers).
impl Drop for List {
    fn drop(&mut self) {
        let items = self.items.get_mut();
        while let Some(item) = items.pop() {
            drop(item);
        }
    }
}

impl List {
    pub fn new(items: Vec<Value>) -> List {
        List { items: RefCell::new(items) }
    }

    pub fn borrow(&self) -> Ref<'_, Vec<Value>> {
        self.items.borrow()
    }

    pub fn borrow_mut(&self) -> RefMut<'_, Vec<Value>> {
        self.items.borrow_mut()
    }

    pub fn len(&self) -> usize {
        self.items.borrow().len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn get(&self, i: usize) -> Option<Value> {
        self.items.borrow().get(i).cloned()
    }

    pub fn push(&self, v: Value) {
        self.items.borrow_mut().push(v);
    }

    /// A snapshot of the items, for operations that may call back into Python.
    pub fn to_vec(&self) -> Vec<Value> {
        self.items.borrow().clone()
    }
}
