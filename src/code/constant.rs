//! Constants: the immutable values a marshal stream holds (`co_consts` and everything nested
//! in it). They become runtime values when a frame loads them; here they are plain data.

use std::rc::Rc;

use num_bigint::BigInt;

use super::CodeObject;

/// A value read from a marshal stream.
#[derive(Clone, Debug)]
pub enum Constant {
    None,
    Ellipsis,
    /// The `StopIteration` class (`TYPE_STOPITER`).
    StopIteration,
    Bool(bool),
    /// An int that fits in 64 bits.
    Int(i64),
    /// Any larger int; never holds a value that fits in `Int`.
    BigInt(Rc<BigInt>),
    Float(f64),
    Complex {
        re: f64,
        im: f64,
    },
    Bytes(Rc<[u8]>),
    Str(Rc<str>),
    /// A str holding lone surrogates, which Rust's `str` cannot: one code point per item.
    WideStr(Rc<[u32]>),
    Tuple(Rc<[Constant]>),
    List(Rc<[Constant]>),
    Dict(Rc<[(Constant, Constant)]>),
    /// Sets keep the marshal order; `object::set_table` gives CPython's iteration order.
    Set(Rc<[Constant]>),
    FrozenSet(Rc<[Constant]>),
    Code(Rc<CodeObject>),
}

impl Constant {
    /// The Python type name, for error messages.
    pub fn type_name(&self) -> &'static str {
        match self {
            Constant::None => "NoneType",
            Constant::Ellipsis => "ellipsis",
            Constant::StopIteration => "type",
            Constant::Bool(_) => "bool",
            Constant::Int(_) | Constant::BigInt(_) => "int",
            Constant::Float(_) => "float",
            Constant::Complex { .. } => "complex",
            Constant::Bytes(_) => "bytes",
            Constant::Str(_) | Constant::WideStr(_) => "str",
            Constant::Tuple(_) => "tuple",
            Constant::List(_) => "list",
            Constant::Dict(_) => "dict",
            Constant::Set(_) => "set",
            Constant::FrozenSet(_) => "frozenset",
            Constant::Code(_) => "code",
        }
    }

    /// The text of a str constant that Rust can hold as `str`.
    pub fn as_str(&self) -> Option<&Rc<str>> {
        match self {
            Constant::Str(s) => Some(s),
            _ => None,
        }
    }
}

impl Constant {
    /// `repr()` of the value, as CPython 3.12 prints it (what `dis` shows for a constant).
    pub fn repr(&self) -> String {
        use crate::object::repr::*;
        match self {
            Constant::None => "None".into(),
            Constant::Ellipsis => "Ellipsis".into(),
            Constant::StopIteration => "<class 'StopIteration'>".into(),
            Constant::Bool(true) => "True".into(),
            Constant::Bool(false) => "False".into(),
            Constant::Int(v) => v.to_string(),
            Constant::BigInt(v) => v.to_string(),
            Constant::Float(v) => float_repr(*v),
            Constant::Complex { re, im } => complex_repr(*re, *im),
            Constant::Bytes(b) => bytes_repr(b),
            Constant::Str(s) => str_repr(s),
            Constant::WideStr(points) => str_repr_points(points.iter().copied()),
            Constant::Tuple(items) if items.len() == 1 => format!("({},)", items[0].repr()),
            Constant::Tuple(items) => format!("({})", join_reprs(items.iter())),
            Constant::List(items) => format!("[{}]", join_reprs(items.iter())),
            Constant::Dict(pairs) => {
                // Later duplicates overwrite the value but keep the first key's place, as a dict does.
                let mut unique: Vec<(&Constant, &Constant)> = Vec::new();
                for (k, v) in pairs.iter() {
                    match unique.iter_mut().find(|(seen, _)| seen.py_eq(k)) {
                        Some(entry) => entry.1 = v,
                        None => unique.push((k, v)),
                    }
                }
                let body: Vec<String> =
                    unique.iter().map(|(k, v)| format!("{}: {}", k.repr(), v.repr())).collect();
                format!("{{{}}}", body.join(", "))
            }
            Constant::Set(items) if items.is_empty() => "set()".into(),
            Constant::Set(items) => format!("{{{}}}", join_reprs(set_order(items).into_iter())),
            Constant::FrozenSet(items) if items.is_empty() => "frozenset()".into(),
            Constant::FrozenSet(items) => {
                format!("frozenset({{{}}})", join_reprs(set_order(items).into_iter()))
            }
            Constant::Code(code) => format!(
                "<code object {} at {:p}, file \"{}\", line {}>",
                code.name,
                Rc::as_ptr(code),
                code.filename,
                code.firstlineno
            ),
        }
    }

    /// `hash()` of the value as CPython computes it with `PYTHONHASHSEED=0`. Values whose
    /// CPython hash is their address (None, Ellipsis, code, NaN) get a fixed stand-in.
    pub fn hash(&self) -> i64 {
        use crate::object::hash::*;
        match self {
            Constant::Bool(b) => *b as i64,
            Constant::Int(v) => hash_i64(*v),
            Constant::BigInt(v) => hash_bigint(v),
            Constant::Float(v) => hash_f64(*v),
            Constant::Complex { re, im } => hash_complex(*re, *im),
            Constant::Bytes(b) => hash_bytes(b),
            Constant::Str(s) => hash_str(s),
            Constant::WideStr(points) => hash_code_points(points.iter().copied()),
            Constant::Tuple(items) => hash_tuple(items.iter().map(Constant::hash)),
            Constant::FrozenSet(items) => hash_frozenset(set_order(items).into_iter().map(Constant::hash)),
            _ => 0,
        }
    }

    /// Numeric view for cross-type equality (`1 == 1.0 == True`).
    fn as_f64_exact(&self) -> Option<f64> {
        match self {
            Constant::Bool(b) => Some(*b as i64 as f64),
            Constant::Int(v) if v.unsigned_abs() < (1 << 53) => Some(*v as f64),
            Constant::Float(v) => Some(*v),
            Constant::Complex { re, im } if *im == 0.0 => Some(*re),
            _ => None,
        }
    }

    /// `==` between constants, enough to de-duplicate set elements and dict keys.
    pub fn py_eq(&self, other: &Constant) -> bool {
        use Constant::*;
        match (self, other) {
            (None, None) | (Ellipsis, Ellipsis) | (StopIteration, StopIteration) => true,
            (Int(a), Int(b)) => a == b,
            (BigInt(a), BigInt(b)) => a == b,
            (Bytes(a), Bytes(b)) => a == b,
            (Str(a), Str(b)) => a == b,
            (WideStr(a), WideStr(b)) => a == b,
            (Complex { re: a, im: b }, Complex { re: c, im: d }) => a == c && b == d,
            (Tuple(a), Tuple(b)) => a.len() == b.len() && a.iter().zip(b.iter()).all(|(x, y)| x.py_eq(y)),
            (FrozenSet(a), FrozenSet(b)) => {
                a.len() == b.len() && a.iter().all(|x| b.iter().any(|y| x.py_eq(y)))
            }
            (Code(a), Code(b)) => Rc::ptr_eq(a, b),
            _ => match (self.as_f64_exact(), other.as_f64_exact()) {
                (Some(a), Some(b)) => a == b,
                _ => false,
            },
        }
    }
}

fn join_reprs<'a>(items: impl Iterator<Item = &'a Constant>) -> String {
    items.map(Constant::repr).collect::<Vec<_>>().join(", ")
}

/// The elements of a set constant in the order CPython iterates them after adding them one by
/// one (as marshal does), equal elements dropped.
pub fn set_order(items: &[Constant]) -> Vec<&Constant> {
    let mut table = crate::object::set_table::SetTable::new();
    for (i, item) in items.iter().enumerate() {
        table.insert(item.hash(), i, |j| items[*j].py_eq(item));
    }
    table.entries().map(|(_, i)| &items[*i]).collect()
}
