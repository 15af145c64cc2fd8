//! Instances of classes defined in Python: their class and their attributes.

use std::rc::Rc;

use super::dict::Dict;
use super::types::Type;

pub struct Instance {
    pub typ: Rc<Type>,
    /// `__dict__`.
    pub dict: Rc<Dict>,
}

impl Instance {
    pub fn new(typ: Rc<Type>) -> Instance {
        Instance { typ, dict: Rc::new(Dict::new()) }
    }
}
