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
}

impl Instance {
    pub fn new(typ: Rc<Type>) -> Instance {
        Instance { typ, dict: Rc::new(Dict::new()), base: super::value::Value::Null }
    }

    pub fn with_base(typ: Rc<Type>, base: super::value::Value) -> Instance {
        Instance { typ, dict: Rc::new(Dict::new()), base }
    }
}
