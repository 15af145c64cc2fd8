//! `tuple`: an immutable sequence.

use super::value::Value;

pub struct Tuple {
    items: Box<[Value]>,
}

/// Items die last to first, as CPython's `tupledealloc` releases them.
impl Drop for Tuple {
    fn drop(&mut self) {
        for item in self.items.iter_mut().rev() {
            drop(std::mem::replace(item, Value::Null));
        }
    }
}

impl Tuple {
    pub fn new(items: Vec<Value>) -> Tuple {
        Tuple { items: items.into_boxed_slice() }
    }

    pub fn items(&self) -> &[Value] {
        &self.items
    }

    pub fn len(&self) -> usize {
        self.items.len()
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }
}
