//! `Value`: what the eval loop moves. Immediates (None, bools, ints and floats that fit in 64
//! bits) are stored inline and allocate nothing; everything else is a reference-counted heap
//! object. Sixteen bytes, pinned by `vm-tests/sizes.rs`.

use std::rc::Rc;

use num_bigint::BigInt;

use super::dict::Dict;
use super::exception::Exception;
use super::function::{Builtin, Function, NativeMethod};
use super::list::List;
use super::misc::Object;
use super::set::Set;
use super::str::PyStr;
use super::tuple::Tuple;
use super::types::Type;

#[derive(Clone)]
pub enum Value {
    /// CPython's NULL on the value stack and in unbound locals; never seen by Python code.
    Null,
    None,
    NotImplemented,
    Ellipsis,
    Bool(bool),
    /// An int that fits in 64 bits. Arithmetic promotes to `BigInt` on overflow.
    Int(i64),
    /// An int that does not fit in 64 bits (never one that does).
    BigInt(Rc<BigInt>),
    Float(f64),
    Str(Rc<PyStr>),
    Tuple(Rc<Tuple>),
    List(Rc<List>),
    Dict(Rc<Dict>),
    /// `set` and `frozenset`.
    Set(Rc<Set>),
    Function(Rc<Function>),
    /// A builtin function, or a builtin method bound to its object.
    Builtin(Rc<Builtin>),
    /// An unbound builtin method (`list.append`), as `LOAD_ATTR`'s method form pushes it.
    NativeMethod(&'static NativeMethod),
    Type(Rc<Type>),
    Exception(Rc<Exception>),
    /// An instance of a class defined in Python.
    Instance(Rc<super::instance::Instance>),
    /// Everything else: ranges, iterators, slices, cells, bound methods, code, bytes, complex.
    Object(Rc<Object>),
}

impl Value {
    pub fn str(s: &str) -> Value {
        Value::Str(Rc::new(PyStr::new(s)))
    }

    pub fn tuple(items: Vec<Value>) -> Value {
        Value::Tuple(Rc::new(Tuple::new(items)))
    }

    pub fn list(items: Vec<Value>) -> Value {
        Value::List(Rc::new(List::new(items)))
    }

    pub fn from_bigint(v: BigInt) -> Value {
        use num_traits::ToPrimitive;
        match v.to_i64() {
            Some(small) => Value::Int(small),
            None => Value::BigInt(Rc::new(v)),
        }
    }

    pub fn object(obj: Object) -> Value {
        Value::Object(Rc::new(obj))
    }

    pub fn is_null(&self) -> bool {
        matches!(self, Value::Null)
    }

    pub fn is_none(&self) -> bool {
        matches!(self, Value::None)
    }

    /// `a is b`.
    pub fn is(&self, other: &Value) -> bool {
        use Value::*;
        match (self, other) {
            (Null, Null) | (None, None) | (NotImplemented, NotImplemented) | (Ellipsis, Ellipsis) => true,
            (Bool(a), Bool(b)) => a == b,
            // Unboxed numbers have no identity of their own; equal values count as the same
            // object, which is what CPython shows for a name compared with itself.
            (Int(a), Int(b)) => a == b,
            (Float(a), Float(b)) => a.to_bits() == b.to_bits(),
            _ => self.identity().is_some() && self.identity() == other.identity(),
        }
    }

    /// The address that stands for the object's identity (`id()`), for heap objects.
    pub fn identity(&self) -> Option<usize> {
        Some(match self {
            Value::BigInt(v) => Rc::as_ptr(v) as *const u8 as usize,
            Value::Str(v) => Rc::as_ptr(v) as *const u8 as usize,
            Value::Tuple(v) => Rc::as_ptr(v) as *const u8 as usize,
            Value::List(v) => Rc::as_ptr(v) as *const u8 as usize,
            Value::Dict(v) => Rc::as_ptr(v) as *const u8 as usize,
            Value::Set(v) => Rc::as_ptr(v) as *const u8 as usize,
            Value::Function(v) => Rc::as_ptr(v) as *const u8 as usize,
            Value::Builtin(v) => Rc::as_ptr(v) as *const u8 as usize,
            Value::NativeMethod(v) => *v as *const NativeMethod as usize,
            Value::Type(v) => Rc::as_ptr(v) as *const u8 as usize,
            Value::Exception(v) => Rc::as_ptr(v) as *const u8 as usize,
            Value::Instance(v) => Rc::as_ptr(v) as *const u8 as usize,
            Value::Object(v) => Rc::as_ptr(v) as *const u8 as usize,
            _ => return None,
        })
    }
}
