//! Instances of classes defined in Python: their class and their attributes.

use std::rc::Rc;

use super::dict::Dict;
use super::types::Type;

pub struct Instance {
    pub typ: Rc<Type>,
    /// `__dict__`.
    pub dict: Rc<Dict>,
    /// For a subclass of a builtin type (`class MyList(list)`): the builtin value the
    /// instance extends; `Value::Null` otherwise.
    pub base: super::value::Value,
    /// Set on the stand-in that `__del__` runs on, so it is not finalised twice.
    pub finalized: std::cell::Cell<bool>,
}

impl Instance {
    pub fn new(typ: Rc<Type>) -> Instance {
        Instance::with_base(typ, super::value::Value::Null)
    }

    pub fn with_base(typ: Rc<Type>, base: super::value::Value) -> Instance {
        Instance { typ, dict: Rc::new(Dict::new()), base, finalized: std::cell::Cell::new(false) }
    }
}

/// An instance whose class defines `__del__` is handed, when it dies, to the VM's
/// finaliser queue: a stand-in with the same class and attributes, on which `__del__` runs
/// at the next safe point (CPython calls it as the last reference goes).
impl Drop for Instance {
    fn drop(&mut self) {
        if !self.typ.has_del.get() || self.finalized.get() {
            return;
        }
        let standin = Instance {
            typ: self.typ.clone(),
            dict: self.dict.clone(),
            base: std::mem::replace(&mut self.base, super::value::Value::Null),
            finalized: std::cell::Cell::new(true),
        };
        crate::interp::generator::queue_finalizer(super::value::Value::Instance(Rc::new(standin)));
    }
}
