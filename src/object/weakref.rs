//! Weak references (`_weakref.ref` and `proxy`) over `Rc`'s weak pointers: a reference does
//! not keep its object alive, and reads `None` (or, through a proxy, `ReferenceError`) once
//! the last strong reference is gone.
//!
//! Callbacks are kept (`__callback__`) but not yet called when the object dies: minivm frees
//! objects where the last `Rc` drops, with no VM at hand to run Python code there.

use std::cell::Cell;
use std::rc::{Rc, Weak};

use super::dict::Dict;
use super::exception::Exception;
use super::function::{Builtin, Function};
use super::instance::Instance;
use super::misc::Object;
use super::set::Set;
use super::types::Type;
use super::value::Value;

/// The object a weak reference points to, by kind of value.
pub enum Target {
    Instance(Weak<Instance>),
    Function(Weak<Function>),
    Builtin(Weak<Builtin>),
    Type(Weak<Type>),
    Exception(Weak<Exception>),
    Set(Weak<Set>),
    Dict(Weak<Dict>),
    Object(Weak<Object>),
}

impl Target {
    /// A weak pointer to `v`, or `None` for values CPython cannot weakly reference either
    /// (ints, strs, tuples, lists, dicts, None).
    pub fn of(v: &Value) -> Option<Target> {
        Some(match v {
            Value::Instance(i) => Target::Instance(Rc::downgrade(i)),
            Value::Function(f) => Target::Function(Rc::downgrade(f)),
            Value::Builtin(b) => Target::Builtin(Rc::downgrade(b)),
            Value::Type(t) => Target::Type(Rc::downgrade(t)),
            Value::Exception(e) => Target::Exception(Rc::downgrade(e)),
            Value::Set(s) => Target::Set(Rc::downgrade(s)),
            Value::Object(o) => Target::Object(Rc::downgrade(o)),
            _ => return None,
        })
    }

    /// The object, while it lives.
    pub fn get(&self) -> Option<Value> {
        Some(match self {
            Target::Instance(w) => Value::Instance(w.upgrade()?),
            Target::Function(w) => Value::Function(w.upgrade()?),
            Target::Builtin(w) => Value::Builtin(w.upgrade()?),
            Target::Type(w) => Value::Type(w.upgrade()?),
            Target::Exception(w) => Value::Exception(w.upgrade()?),
            Target::Set(w) => Value::Set(w.upgrade()?),
            Target::Dict(w) => Value::Dict(w.upgrade()?),
            Target::Object(w) => Value::Object(w.upgrade()?),
        })
    }
}

/// `weakref.ref(obj, callback)` or `weakref.proxy(obj, callback)`.
pub struct WeakRef {
    pub target: Target,
    pub callback: Value,
    /// The object's hash, kept once asked for (a dead reference still hashes the same).
    pub hash: Cell<Option<i64>>,
    /// A proxy forwards attribute access to the object instead of being called.
    pub proxy: bool,
}

/// The number of weak pointers to `v`'s object.
pub fn weak_count(v: &Value) -> usize {
    match v {
        Value::Instance(i) => Rc::weak_count(i),
        Value::Function(f) => Rc::weak_count(f),
        Value::Builtin(b) => Rc::weak_count(b),
        Value::Exception(e) => Rc::weak_count(e),
        Value::Set(s) => Rc::weak_count(s),
        Value::Object(o) => Rc::weak_count(o),
        _ => 0,
    }
}
