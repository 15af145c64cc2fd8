//! Instances of classes defined in Python: their class and their attributes.
//!
//! Attributes are kept as CPython 3.12 keeps them. While an instance's attribute names are a
//! prefix of its class's *shared keys* (the names instances of the class have been given, in
//! order, at most 30), only the values are stored, in a vector indexed like the shared keys:
//! `LOAD_ATTR_INSTANCE_VALUE` is then a type-version check and an index. The first time that
//! does not hold (a name out of order, a deletion, too many names, or `__dict__` asked for),
//! the values become a real dict (materialised), and the instance keeps it.

use std::cell::RefCell;
use std::rc::Rc;

use super::dict::Dict;
use super::str::PyStr;
use super::types::Type;
use super::value::Value;

/// The most names a class's shared keys hold (CPython's `SHARED_KEYS_MAX_SIZE`).
pub const SHARED_KEYS_MAX: usize = 30;

pub struct Instance {
    /// The class (`__class__`, which assignment may change; see `set_class`).
    typ: RefCell<Rc<Type>>,
    attrs: RefCell<Attrs>,
    /// For a subclass of a builtin type (`class MyList(list)`): the builtin value the
    /// instance extends; `Value::Null` otherwise.
    pub base: Value,
    /// Set on the stand-in that `__del__` runs on, so it is not finalised twice.
    pub finalized: std::cell::Cell<bool>,
    /// The dict was materialised from the values: in CPython 3.12 it is a *split* dict, whose
    /// entries do not hold the values (see `split_dict`).
    split: std::cell::Cell<bool>,
}

/// Where an instance's attributes are.
enum Attrs {
    /// Values indexed like the class's shared keys, `Null` where unset (a slot not yet set, a
    /// deleted attribute). Other names are only ever appended, so index order is insertion
    /// order.
    Values(Vec<Value>),
    /// A materialised `__dict__`.
    Dict(Rc<Dict>),
}

impl Instance {
    pub fn new(typ: Rc<Type>) -> Instance {
        Instance::with_base(typ, Value::Null)
    }

    /// Instances extending a builtin value keep a dict, as in CPython (no inline values).
    pub fn with_base(typ: Rc<Type>, base: Value) -> Instance {
        let attrs = if base.is_null() && typ.heap {
            // Slots come first and may be unset (NULL); the other values grow as names are added.
            Attrs::Values(vec![Value::Null; typ.slot_count])
        } else {
            Attrs::Dict(Rc::new(Dict::new()))
        };
        Instance {
            typ: RefCell::new(typ),
            attrs: RefCell::new(attrs),
            base,
            finalized: std::cell::Cell::new(false),
            split: std::cell::Cell::new(false),
        }
    }

    /// The instance's class.
    #[inline]
    pub fn typ(&self) -> std::cell::Ref<'_, Rc<Type>> {
        self.typ.borrow()
    }

    /// `obj.__class__ = new`, once the layouts were found compatible: the attributes become a
    /// dict first (the values are indexed by the old class's shared keys), as in CPython.
    pub fn set_class(&self, new: Rc<Type>) {
        self.dict();
        *self.typ.borrow_mut() = new;
    }

    /// Whether the attributes are still inline values (no `__dict__` materialised).
    #[inline]
    pub fn has_values(&self) -> bool {
        matches!(&*self.attrs.borrow(), Attrs::Values(_))
    }

    /// The inline value at a shared-keys index (`LOAD_ATTR_INSTANCE_VALUE`, `LOAD_ATTR_SLOT`);
    /// `None` when the attributes are a dict or the value is not set.
    #[inline]
    pub fn value_at(&self, index: usize) -> Option<Value> {
        match &*self.attrs.borrow() {
            Attrs::Values(values) => values.get(index).filter(|v| !v.is_null()).cloned(),
            Attrs::Dict(_) => None,
        }
    }

    /// Overwrites or appends the inline value at a shared-keys index
    /// (`STORE_ATTR_INSTANCE_VALUE`, `STORE_ATTR_SLOT`). False when that is not possible
    /// without changing the layout (the caller then takes the generic path).
    #[inline]
    pub fn store_value_at(&self, index: usize, value: Value) -> bool {
        let old = match &mut *self.attrs.borrow_mut() {
            Attrs::Values(values) if index < values.len() => {
                if values[index].is_null() && index >= self.typ.borrow().slot_count {
                    return false;
                }
                std::mem::replace(&mut values[index], value)
            }
            Attrs::Values(values) if index == values.len() && index < self.typ.borrow().shared_keys_len() => {
                values.push(value);
                Value::Null
            }
            _ => return false,
        };
        drop(old);
        true
    }

    /// The materialised dict, if there is one (`LOAD_ATTR_WITH_HINT`).
    #[inline]
    pub fn materialised(&self) -> Option<Rc<Dict>> {
        match &*self.attrs.borrow() {
            Attrs::Dict(d) => Some(d.clone()),
            Attrs::Values(_) => None,
        }
    }

    pub fn get(&self, name: &PyStr) -> Option<Value> {
        match &*self.attrs.borrow() {
            Attrs::Values(values) => {
                let index = self.typ.borrow().shared_index(name)?;
                values.get(index).filter(|v| !v.is_null()).cloned()
            }
            Attrs::Dict(d) => d.get_str(name),
        }
    }

    pub fn contains(&self, name: &PyStr) -> bool {
        match &*self.attrs.borrow() {
            Attrs::Values(values) => self
                .typ
                .borrow()
                .shared_index(name)
                .is_some_and(|i| values.get(i).is_some_and(|v| !v.is_null())),
            Attrs::Dict(d) => d.get_str(name).is_some(),
        }
    }

    /// Sets an attribute: in place or appended while the layout allows, else in the dict.
    pub fn set(&self, name: &PyStr, value: Value) {
        if self.has_values() {
            let index = match self.typ.borrow().shared_index(name) {
                Some(i) => Some(i),
                None => self.typ.borrow().add_shared_key(name, self.values_len()),
            };
            if let Some(index) = index
                && self.store_value_at(index, value.clone())
            {
                return;
            }
        }
        self.dict().set_str(name.as_str(), value);
    }

    pub fn set_str(&self, name: &str, value: Value) {
        self.set(&PyStr::new(name), value);
    }

    /// Deletes an attribute, giving back its value. Its value becomes unset (NULL); setting
    /// it again later, out of order, makes the attributes a dict.
    pub fn remove(&self, name: &PyStr) -> Option<Value> {
        let mut attrs = self.attrs.borrow_mut();
        match &mut *attrs {
            Attrs::Values(values) => {
                let index = self.typ.borrow().shared_index(name)?;
                let old = std::mem::replace(values.get_mut(index)?, Value::Null);
                (!old.is_null()).then_some(old)
            }
            Attrs::Dict(d) => {
                let d = d.clone();
                drop(attrs);
                d.remove_str(name)
            }
        }
    }

    fn values_len(&self) -> usize {
        match &*self.attrs.borrow() {
            Attrs::Values(values) => values.len(),
            Attrs::Dict(_) => 0,
        }
    }

    /// The attributes as `(name, value)` pairs, in insertion order.
    pub fn items(&self) -> Vec<(Value, Value)> {
        match &*self.attrs.borrow() {
            Attrs::Values(values) => {
                let typ = self.typ.borrow();
                let keys = typ.shared_keys.borrow();
                keys.iter()
                    .zip(values.iter())
                    .filter(|(_, v)| !v.is_null())
                    .map(|(k, v)| (Value::Str(k.clone()), v.clone()))
                    .collect()
            }
            Attrs::Dict(d) => d.items(),
        }
    }

    /// `__dict__`: the attributes become a dict, which the instance keeps from now on (so
    /// changes through either are seen by both).
    pub fn dict(&self) -> Rc<Dict> {
        if let Some(d) = self.materialised() {
            return d;
        }
        let d = Rc::new(Dict::new());
        for (k, v) in self.items() {
            if let Value::Str(k) = &k {
                d.set_str(k.as_str(), v);
            }
        }
        *self.attrs.borrow_mut() = Attrs::Dict(d.clone());
        self.split.set(true);
        d
    }

    /// Whether the dict is one CPython 3.12 would keep split (made from the values, and within
    /// the shared keys' size): its `LOAD_ATTR_WITH_HINT` and `STORE_ATTR_WITH_HINT` read the
    /// value from the keys' entry, which a split dict leaves empty, so they miss every time.
    pub fn split_dict(&self) -> bool {
        self.split.get() && self.materialised().is_some_and(|d| d.len() <= SHARED_KEYS_MAX)
    }
}

/// An instance whose class defines `__del__` is handed, when it dies, to the VM's
/// finaliser queue: a stand-in with the same class and attributes, on which `__del__` runs
/// at the next safe point (CPython calls it as the last reference goes).
impl Drop for Instance {
    fn drop(&mut self) {
        // Weak references to this instance learn of its death (their callbacks are queued).
        crate::modules::weakref::referent_died(self as *const Instance as usize);
        if !self.typ.borrow().has_del.get() || self.finalized.get() {
            return;
        }
        let attrs = std::mem::replace(self.attrs.get_mut(), Attrs::Values(Vec::new()));
        let standin = Instance {
            typ: RefCell::new(self.typ.borrow().clone()),
            attrs: RefCell::new(attrs),
            base: std::mem::replace(&mut self.base, Value::Null),
            finalized: std::cell::Cell::new(true),
            split: std::cell::Cell::new(self.split.get()),
        };
        crate::interp::generator::queue_finalizer(Value::Instance(Rc::new(standin)));
    }
}
