//! The object protocols: one function per operation (`repr`, `hash`, `truthy`, `compare`,
//! `binary_op`, `getitem`, `iter`, `next`, `getattr`, …). The eval loop's generic instructions
//! and the builtins call these, so every caller gets the same semantics.

use std::rc::Rc;

use num_bigint::BigInt;
use num_traits::Signed;

use super::dict::{Dict, Key};
use super::exception::PyErr;
use super::float;
use super::function::{Args, BuiltinKind};
use super::hash;
use super::int::{self, IntRef};
use super::misc::{DictViewKind, Iter, Object, Range};
use super::repr as fmt;
use super::str::PyStr;
use super::types::Type;
use super::value::Value;
use crate::interp::{PyResult, Vm};

/// Continues with the builtin value inside an instance of a subclass of a builtin type
/// (`class MyList(list)`), once the subclass's own special methods have had their say.
macro_rules! through_base {
    ($v:ident) => {
        let base_holder;
        let $v = match $v {
            Value::Instance(i) if !i.base.is_null() => {
                base_holder = i.base.clone();
                &base_holder
            }
            _ => $v,
        };
    };
}

/// The type of any value.
pub fn type_of(vm: &Vm, v: &Value) -> Rc<Type> {
    let t = &vm.types;
    match v {
        Value::Null | Value::None => t.none.clone(),
        Value::NotImplemented => t.not_implemented.clone(),
        Value::Ellipsis => t.ellipsis.clone(),
        Value::Bool(_) => t.bool_.clone(),
        Value::Int(_) | Value::BigInt(_) => t.int.clone(),
        Value::Float(_) => t.float.clone(),
        Value::Str(_) => t.str_.clone(),
        Value::Tuple(_) => t.tuple.clone(),
        Value::List(_) => t.list.clone(),
        Value::Dict(_) => t.dict.clone(),
        Value::Set(s) => {
            if s.frozen {
                t.frozenset.clone()
            } else {
                t.set.clone()
            }
        }
        Value::Function(_) => t.function.clone(),
        Value::Builtin(_) => t.builtin_function.clone(),
        Value::NativeMethod(_) => t.method_descriptor.clone(),
        Value::Type(c) => c.metaclass.borrow().clone().unwrap_or_else(|| t.type_.clone()),
        Value::Exception(e) => e.typ.clone(),
        Value::Instance(i) => i.typ().clone(),
        Value::Object(o) => match &**o {
            Object::Range(_) | Object::LongRange(_) => t.range.clone(),
            Object::Slice { .. } => t.slice.clone(),
            Object::Cell(_) => t.cell.clone(),
            Object::BoundMethod { .. } => t.method.clone(),
            Object::Code(_) => t.code.clone(),
            Object::Frame(_) => t.frame.clone(),
            Object::Descriptor { member: true, .. } => t.member_descriptor.clone(),
            Object::Descriptor { .. } => t.getset_descriptor.clone(),
            Object::Module(_) => t.module.clone(),
            Object::Io(io) => io.typ.clone(),
            Object::Twister(_) | Object::Regex(_) | Object::SreCode(_) | Object::State(_) => t.object.clone(),
            Object::Bytes(_) => t.bytes.clone(),
            Object::ByteArray(_) => t.bytearray.clone(),
            Object::MemoryView(_) => t.memoryview.clone(),
            Object::Complex { .. } => t.complex.clone(),
            Object::DictView { kind, .. } => match kind {
                DictViewKind::Keys => t.dict_keys.clone(),
                DictViewKind::Values => t.dict_values.clone(),
                DictViewKind::Items => t.dict_items.clone(),
            },
            Object::Property { .. } => t.property.clone(),
            Object::WeakRef(w) if w.proxy => vm.weak_types.proxy.clone(),
            Object::WeakRef(_) => vm.weak_types.reference.clone(),
            Object::ClassMethod(_) => t.classmethod.clone(),
            Object::StaticMethod(_) => t.staticmethod.clone(),
            Object::Super { .. } => t.super_.clone(),
            Object::Generator(g) => {
                if g.flags.has(crate::code::CodeFlags::COROUTINE) {
                    t.coroutine.clone()
                } else if g.flags.has(crate::code::CodeFlags::ASYNC_GENERATOR) {
                    t.async_generator.clone()
                } else {
                    t.generator.clone()
                }
            }
            Object::AsyncGenValue(_) => t.object.clone(),
            Object::CoroutineWrapper(_) => t.coroutine_wrapper.clone(),
            Object::Traceback { .. } => t.traceback.clone(),
            Object::GenericAlias { .. } => t.generic_alias.clone(),
            Object::Union(_) => t.union_type.clone(),
            Object::AsyncGenOp(op) => match op.kind {
                crate::interp::coroutine::AsyncOpKind::Send(_) => t.async_generator_asend.clone(),
                _ => t.async_generator_athrow.clone(),
            },
            Object::Iter(it) => match &*it.borrow() {
                Iter::List { .. } => t.list_iterator.clone(),
                Iter::ListReverse { .. } => t.reversed.clone(),
                Iter::Tuple { .. } => t.tuple_iterator.clone(),
                Iter::Range { .. } => t.range_iterator.clone(),
                Iter::LongRange(_) => t.longrange_iterator.clone(),
                Iter::Str { .. } => t.str_iterator.clone(),
                Iter::Set { .. } => t.set_iterator.clone(),
                Iter::Dict { kind: DictViewKind::Keys, .. } => t.dict_keyiterator.clone(),
                Iter::Dict { kind: DictViewKind::Values, .. } => t.dict_valueiterator.clone(),
                Iter::Dict { kind: DictViewKind::Items, .. } => t.dict_itemiterator.clone(),
                Iter::Enumerate { .. } => t.enumerate.clone(),
                Iter::Zip { .. } => t.zip.clone(),
                Iter::Map { .. } => t.map.clone(),
                Iter::Filter { .. } => t.filter.clone(),
                Iter::Callable { .. } | Iter::GetItem { .. } => t.callable_iterator.clone(),
                Iter::Seq { .. } | Iter::Exhausted => t.list_iterator.clone(),
            },
        },
    }
}

/// The type's name, for error messages.
pub fn type_name(vm: &Vm, v: &Value) -> String {
    type_of(vm, v).name.clone()
}

// ---------------------------------------------------------------------------------------------
// Hashing and equality

/// The key for a value whose hash needs no Python code; `None` if it is unhashable.
pub fn native_key(v: &Value) -> Option<Key> {
    native_hash(v).map(|hash| Key { hash, value: v.clone() })
}

fn native_hash(v: &Value) -> Option<i64> {
    let v = super::dunder::builtin_value(v);
    Some(match v {
        Value::None | Value::Null => 0x5f37_59df,
        Value::NotImplemented => 0x1234_5678,
        Value::Ellipsis => 0x0bad_cafe,
        Value::Bool(b) => *b as i64,
        Value::Int(i) => hash::hash_i64(*i),
        Value::BigInt(b) => hash::hash_bigint(b),
        Value::Float(f) => hash::hash_f64(*f),
        Value::Str(s) => s.hash(),
        Value::Tuple(t) => {
            let mut hashes = Vec::with_capacity(t.len());
            for item in t.items() {
                hashes.push(native_hash(item)?);
            }
            hash::hash_tuple(hashes.into_iter())
        }
        Value::Set(s) if s.frozen => hash::hash_frozenset(s.borrow().entries().map(|(h, _)| *h)),
        Value::List(_) | Value::Dict(_) | Value::Set(_) => return None,
        Value::Object(o) => match &**o {
            Object::Bytes(b) => hash::hash_bytes(b),
            Object::ByteArray(_) => return None,
            Object::Complex { re, im } => hash::hash_complex(*re, *im),
            Object::Range(_) | Object::LongRange(_) | Object::DictView { .. } | Object::Slice { .. } => {
                if matches!(&**o, Object::Range(_) | Object::LongRange(_)) {
                    (v.identity()? >> 4) as i64
                } else {
                    return None;
                }
            }
            _ => (v.identity()? >> 4) as i64,
        },
        _ => (v.identity()? >> 4) as i64,
    })
}

/// `hash(v)`.
pub fn hash(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    if let Some(w) = crate::modules::weakref::as_weakref(v)
        && !w.proxy
    {
        return crate::modules::weakref::hash(vm, w);
    }
    if super::dunder::is_user(v)
        && let Some(h) = super::dunder::hash(vm, v)?
    {
        return Ok(h);
    }
    through_base!(v);
    if let Value::Object(o) = v
        && let Object::MemoryView(m) = &**o
    {
        return super::bytes_ops::view_hash(vm, m);
    }
    native_hash(v).ok_or_else(|| vm.type_error(format!("unhashable type: '{}'", type_name(vm, v))))
}

/// A dict or set key for `v`, or `TypeError: unhashable type`.
pub fn key(vm: &mut Vm, v: &Value) -> PyResult<Key> {
    Ok(Key { hash: hash(vm, v)?, value: v.clone() })
}

/// The key to use in `set` for `v`, finding an equal stored element through a Python
/// `__eq__` when one is involved (as `dict_key` does for dicts).
pub fn set_key(vm: &mut Vm, set: &super::set::Set, v: &Value) -> PyResult<Key> {
    let k = key(vm, v)?;
    for stored in set.user_eq_candidates(k.hash, super::dunder::is_user(v)) {
        if stored.is(v) || eq(vm, &stored, v)? {
            return Ok(Key { hash: k.hash, value: stored });
        }
    }
    Ok(k)
}

/// The key to use in `dict` for `v`: when `v` (or a stored key with the same hash) has an
/// `__eq__` written in Python, the stored key that compares equal, found by calling it;
/// otherwise `v`'s own key (native equality decides inside the map).
pub fn dict_key(vm: &mut Vm, d: &Dict, v: &Value) -> PyResult<Key> {
    let k = key(vm, v)?;
    for stored in d.user_eq_candidates(k.hash, super::dunder::is_user(v)) {
        if stored.is(v) || eq(vm, &stored, v)? {
            return Ok(Key { hash: k.hash, value: stored });
        }
    }
    Ok(k)
}

/// The numeric value of a bool, int or float, as an exact comparison needs it.
enum Num<'a> {
    Int(IntRef<'a>),
    Float(f64),
}

fn num(v: &Value) -> Option<Num<'_>> {
    match v {
        Value::Float(f) => Some(Num::Float(*f)),
        _ => IntRef::of(v).map(Num::Int),
    }
}

/// Compares an int with a float exactly (the int is never rounded).
fn cmp_int_float(a: &IntRef, f: f64) -> Option<std::cmp::Ordering> {
    use num_traits::FromPrimitive;
    use std::cmp::Ordering;
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 { Ordering::Less } else { Ordering::Greater });
    }
    if let IntRef::Small(i) = a
        && i.unsigned_abs() < (1 << 53)
    {
        return (*i as f64).partial_cmp(&f);
    }
    // The floor of a finite float is an integer the float represents exactly.
    let floor = f.floor();
    let whole = BigInt::from_f64(floor)?;
    Some(match a.to_big().cmp(&whole) {
        Ordering::Equal if f > floor => Ordering::Less,
        other => other,
    })
}

fn num_cmp(a: &Num, b: &Num) -> Option<std::cmp::Ordering> {
    match (a, b) {
        (Num::Int(IntRef::Small(x)), Num::Int(IntRef::Small(y))) => Some(x.cmp(y)),
        (Num::Int(x), Num::Int(y)) => Some(x.to_big().cmp(&y.to_big())),
        (Num::Float(x), Num::Float(y)) => x.partial_cmp(y),
        (Num::Int(x), Num::Float(y)) => cmp_int_float(x, *y),
        (Num::Float(x), Num::Int(y)) => cmp_int_float(y, *x).map(|o| o.reverse()),
    }
}

/// `a == b` for values whose equality needs no Python code: numbers across types, strings,
/// bytes, tuples, lists, dicts and sets by content, and identity for everything else.
pub fn native_eq(a: &Value, b: &Value) -> bool {
    let (a, b) = (super::dunder::builtin_value(a), super::dunder::builtin_value(b));
    if let (Some(x), Some(y)) = (num(a), num(b)) {
        return num_cmp(&x, &y) == Some(std::cmp::Ordering::Equal);
    }
    match (a, b) {
        (Value::None, Value::None) => true,
        (Value::Str(x), Value::Str(y)) => Rc::ptr_eq(x, y) || x.as_str() == y.as_str(),
        (Value::Tuple(x), Value::Tuple(y)) => {
            x.len() == y.len() && x.items().iter().zip(y.items()).all(|(p, q)| p.is(q) || native_eq(p, q))
        }
        (Value::List(x), Value::List(y)) => {
            let (x, y) = (x.borrow(), y.borrow());
            x.len() == y.len() && x.iter().zip(y.iter()).all(|(p, q)| p.is(q) || native_eq(p, q))
        }
        (Value::Dict(x), Value::Dict(y)) => {
            x.len() == y.len()
                && x.borrow().iter().all(|(k, v)| y.get(k).is_some_and(|w| v.is(&w) || native_eq(v, &w)))
        }
        (Value::Set(x), Value::Set(y)) => {
            x.len() == y.len()
                && x.items().iter().all(|item| native_key(item).is_some_and(|k| y.contains(&k)))
        }
        (Value::Object(x), Value::Object(y)) => match (&**x, &**y) {
            (Object::Bytes(p), Object::Bytes(q)) => p == q,
            // Weak references to one live object are equal (`WeakSet` membership).
            (Object::WeakRef(p), Object::WeakRef(q)) if !p.proxy && !q.proxy => {
                match (p.target.get(), q.target.get()) {
                    (Some(a), Some(b)) => a.is(&b),
                    _ => std::ptr::eq(p, q),
                }
            }
            (Object::ByteArray(p), Object::ByteArray(q)) => *p.borrow() == *q.borrow(),
            (Object::Bytes(p), Object::ByteArray(q)) | (Object::ByteArray(q), Object::Bytes(p)) => {
                **p == *q.borrow()
            }
            (Object::MemoryView(_), _) | (_, Object::MemoryView(_)) => super::bytes_ops::view_eq(a, b),
            (Object::Complex { re: a, im: b }, Object::Complex { re: c, im: d }) => a == c && b == d,
            (Object::Range(p), Object::Range(q)) => range_eq(p, q),
            (Object::Slice { start: a, stop: b, step: c }, Object::Slice { start: d, stop: e, step: f }) => {
                native_eq(a, d) && native_eq(b, e) && native_eq(c, f)
            }
            // Bound methods are equal when they bind the same function to the same object.
            (Object::BoundMethod { func: f, self_: s }, Object::BoundMethod { func: g, self_: t }) => {
                f.is(g) && s.is(t)
            }
            _ => Rc::ptr_eq(x, y),
        },
        (Value::Object(x), _) | (_, Value::Object(x)) if matches!(&**x, Object::Complex { .. }) => {
            let (c, other) = if matches!(a, Value::Object(_)) { (a, b) } else { (b, a) };
            match (c, num(other)) {
                (Value::Object(o), Some(n)) => match &**o {
                    Object::Complex { re, im } => {
                        *im == 0.0 && num_cmp(&Num::Float(*re), &n) == Some(std::cmp::Ordering::Equal)
                    }
                    _ => false,
                },
                _ => false,
            }
        }
        _ => a.is(b),
    }
}

fn range_eq(p: &Range, q: &Range) -> bool {
    let (lp, lq) = (p.len(), q.len());
    lp == lq && (lp == 0 || (p.start == q.start && (lp == 1 || p.step == q.step)))
}

/// `a == b`.
pub fn eq(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<bool> {
    if let Some(r) = crate::modules::weakref::eq(vm, a, b)? {
        return Ok(r);
    }
    if (super::dunder::is_user(a) || super::dunder::is_user(b))
        && let Some(r) = super::dunder::compare(vm, a, b, CompareOp::Eq)?
    {
        return truthy(vm, &r);
    }
    through_base!(a);
    through_base!(b);
    Ok(a.is(b) || native_eq(a, b))
}

// ---------------------------------------------------------------------------------------------
// Comparison

/// The six rich comparisons, in `COMPARE_OP`'s order (`oparg >> 4`).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum CompareOp {
    Lt,
    Le,
    Eq,
    Ne,
    Gt,
    Ge,
}

impl CompareOp {
    pub fn from_oparg(oparg: u32) -> Option<CompareOp> {
        [CompareOp::Lt, CompareOp::Le, CompareOp::Eq, CompareOp::Ne, CompareOp::Gt, CompareOp::Ge]
            .get((oparg >> 4) as usize)
            .copied()
    }

    pub fn symbol(self) -> &'static str {
        ["<", "<=", "==", "!=", ">", ">="][self as usize]
    }

    fn test(self, ord: Option<std::cmp::Ordering>) -> bool {
        use std::cmp::Ordering::*;
        match (self, ord) {
            (CompareOp::Ne, None) => true,
            (_, None) => false,
            (CompareOp::Lt, Some(o)) => o == Less,
            (CompareOp::Le, Some(o)) => o != Greater,
            (CompareOp::Eq, Some(o)) => o == Equal,
            (CompareOp::Ne, Some(o)) => o != Equal,
            (CompareOp::Gt, Some(o)) => o == Greater,
            (CompareOp::Ge, Some(o)) => o != Less,
        }
    }
}

/// Orders two sequences element by element, as lists and tuples compare.
fn seq_cmp(vm: &mut Vm, x: &[Value], y: &[Value], op: CompareOp) -> PyResult<bool> {
    for (p, q) in x.iter().zip(y) {
        if !(p.is(q) || eq(vm, p, q)?) {
            if op == CompareOp::Eq {
                return Ok(false);
            }
            if op == CompareOp::Ne {
                return Ok(true);
            }
            return compare_bool(vm, p, q, op);
        }
    }
    Ok(op.test(Some(x.len().cmp(&y.len()))))
}

/// `a <op> b` as a bool.
pub fn compare_bool(vm: &mut Vm, a: &Value, b: &Value, op: CompareOp) -> PyResult<bool> {
    let v = compare(vm, a, b, op)?;
    truthy(vm, &v)
}

/// `a <op> b`.
pub fn compare(vm: &mut Vm, a: &Value, b: &Value, op: CompareOp) -> PyResult<Value> {
    if (super::dunder::is_user(a) || super::dunder::is_user(b))
        && let Some(r) = super::dunder::compare(vm, a, b, op)?
    {
        return Ok(r);
    }
    through_base!(a);
    through_base!(b);
    if let (Some(x), Some(y)) = (num(a), num(b)) {
        return Ok(Value::Bool(op.test(num_cmp(&x, &y))));
    }
    let ordered = match (a, b) {
        (Value::Str(x), Value::Str(y)) => Some(x.as_str().cmp(y.as_str())),
        (Value::Object(x), Value::Object(y)) => match (&**x, &**y) {
            (Object::Bytes(p), Object::Bytes(q)) => Some(p.cmp(q)),
            _ => super::bytes_ops::ordering(a, b),
        },
        _ => None,
    };
    if let Some(o) = ordered {
        return Ok(Value::Bool(op.test(Some(o))));
    }
    match (a, b) {
        (Value::Tuple(x), Value::Tuple(y)) => {
            let (x, y) = (x.clone(), y.clone());
            return Ok(Value::Bool(seq_cmp(vm, x.items(), y.items(), op)?));
        }
        (Value::List(x), Value::List(y)) => {
            let (x, y) = (x.to_vec(), y.to_vec());
            return Ok(Value::Bool(seq_cmp(vm, &x, &y, op)?));
        }
        (Value::Set(x), Value::Set(y)) if !matches!(op, CompareOp::Eq | CompareOp::Ne) => {
            let subset = |p: &super::set::Set, q: &super::set::Set| {
                p.items().iter().all(|item| native_key(item).is_some_and(|k| q.contains(&k)))
            };
            let r = match op {
                CompareOp::Le => subset(x, y),
                CompareOp::Lt => x.len() < y.len() && subset(x, y),
                CompareOp::Ge => subset(y, x),
                _ => y.len() < x.len() && subset(y, x),
            };
            return Ok(Value::Bool(r));
        }
        _ => {}
    }
    // Python-level `__eq__` on either side was tried above; what is left is identity.
    let equal = |vm: &mut Vm| {
        if super::dunder::is_user(a) || super::dunder::is_user(b) { Ok(a.is(b)) } else { eq(vm, a, b) }
    };
    match op {
        CompareOp::Eq => Ok(Value::Bool(equal(vm)?)),
        CompareOp::Ne => Ok(Value::Bool(!equal(vm)?)),
        _ => Err(vm.type_error(format!(
            "'{}' not supported between instances of '{}' and '{}'",
            op.symbol(),
            type_name(vm, a),
            type_name(vm, b)
        ))),
    }
}

// ---------------------------------------------------------------------------------------------
// Truth, length, repr and str

/// `bool(v)`.
pub fn truthy(vm: &mut Vm, v: &Value) -> PyResult<bool> {
    if let Value::Instance(i) = v
        && (i.base.is_null()
            || super::class::special(vm, v, "__bool__").is_some()
            || super::class::special(vm, v, "__len__").is_some())
    {
        return Ok(super::dunder::truthy(vm, v)?.unwrap_or(true));
    }
    through_base!(v);
    Ok(match v {
        Value::None | Value::Null => false,
        Value::Bool(b) => *b,
        Value::Int(i) => *i != 0,
        Value::BigInt(_) => true,
        Value::Float(f) => *f != 0.0,
        Value::Str(s) => !s.is_empty(),
        Value::Tuple(t) => !t.is_empty(),
        Value::List(l) => !l.is_empty(),
        Value::Dict(d) => !d.is_empty(),
        Value::Set(s) => !s.is_empty(),
        Value::Object(o) => match &**o {
            Object::Range(r) => !r.is_empty(),
            Object::LongRange(r) => !r.is_empty(),
            Object::Bytes(b) => !b.is_empty(),
            Object::ByteArray(b) => !b.borrow().is_empty(),
            Object::MemoryView(m) => m.len > 0,
            Object::Complex { re, im } => *re != 0.0 || *im != 0.0,
            Object::DictView { dict, .. } => !dict.is_empty(),
            _ => true,
        },
        _ => {
            let _ = vm;
            true
        }
    })
}

/// `len(v)`.
pub fn len(vm: &mut Vm, v: &Value) -> PyResult<usize> {
    if super::dunder::is_user(v)
        && let Some(n) = super::dunder::len(vm, v)?
    {
        return Ok(n);
    }
    through_base!(v);
    Ok(match v {
        Value::Str(s) => s.len(),
        Value::Tuple(t) => t.len(),
        Value::List(l) => l.len(),
        Value::Dict(d) => d.len(),
        Value::Set(s) => s.len(),
        Value::Object(o) => {
            match &**o {
                Object::Range(r) => r.len() as usize,
                Object::LongRange(r) => {
                    use num_traits::ToPrimitive;
                    return r.len().to_usize().filter(|n| *n <= isize::MAX as usize).ok_or_else(|| {
                        vm.overflow_error("Python int too large to convert to C ssize_t".into())
                    });
                }
                Object::Bytes(b) => b.len(),
                Object::ByteArray(b) => b.borrow().len(),
                Object::MemoryView(m) => super::bytes_ops::live(vm, m)?.len,
                Object::DictView { dict, .. } => dict.len(),
                _ => return Err(vm.type_error(format!("object of type '{}' has no len()", type_name(vm, v)))),
            }
        }
        _ => return Err(vm.type_error(format!("object of type '{}' has no len()", type_name(vm, v)))),
    })
}

/// How many containers deep a repr may nest, as CPython 3.12's C recursion limit allows.
const REPR_DEPTH_LIMIT: usize = 1497;

/// Runs `f` unless `v` is already being printed further up (a container that holds itself
/// prints as `[...]`, as `Py_ReprEnter` arranges).
fn guarded(
    vm: &mut Vm,
    v: &Value,
    cycle: &str,
    f: impl FnOnce(&mut Vm) -> PyResult<String>,
) -> PyResult<String> {
    let id = v.identity().unwrap_or(0);
    if vm.repr_stack.contains(&id) {
        return Ok(cycle.to_string());
    }
    // CPython's C recursion limit (1500, less the calls already on the way here).
    if vm.repr_stack.len() >= REPR_DEPTH_LIMIT {
        return Err(vm.new_error(
            &vm.types.recursion_error.clone(),
            "maximum recursion depth exceeded while getting the repr of an object".into(),
        ));
    }
    vm.repr_stack.push(id);
    let r = f(vm);
    vm.repr_stack.pop();
    r
}

fn join_reprs(vm: &mut Vm, items: &[Value]) -> PyResult<String> {
    let mut parts = Vec::with_capacity(items.len());
    for item in items {
        parts.push(repr(vm, item)?);
    }
    Ok(parts.join(", "))
}

/// `repr(v)`.
pub fn repr(vm: &mut Vm, v: &Value) -> PyResult<String> {
    if super::dunder::is_user(v)
        && let Some(r) = super::dunder::repr(vm, v)?
    {
        return Ok(r);
    }
    through_base!(v);
    Ok(match v {
        Value::Null => "<NULL>".into(),
        Value::None => "None".into(),
        Value::NotImplemented => "NotImplemented".into(),
        Value::Ellipsis => "Ellipsis".into(),
        Value::Bool(b) => if *b { "True" } else { "False" }.into(),
        Value::Int(i) => i.to_string(),
        Value::BigInt(b) => int_to_str(vm, b)?,
        Value::Float(f) => fmt::float_repr(*f),
        Value::Str(s) => fmt::str_repr(s.as_str()),
        Value::Tuple(t) => {
            let t = t.clone();
            guarded(vm, v, "(...)", |vm| {
                Ok(match t.items() {
                    [one] => format!("({},)", repr(vm, one)?),
                    items => format!("({})", join_reprs(vm, items)?),
                })
            })?
        }
        Value::List(l) => {
            let items = l.to_vec();
            guarded(vm, v, "[...]", |vm| Ok(format!("[{}]", join_reprs(vm, &items)?)))?
        }
        Value::Dict(d) => {
            let items = d.items();
            guarded(vm, v, "{...}", |vm| {
                let mut parts = Vec::with_capacity(items.len());
                for (k, val) in &items {
                    parts.push(format!("{}: {}", repr(vm, k)?, repr(vm, val)?));
                }
                Ok(format!("{{{}}}", parts.join(", ")))
            })?
        }
        Value::Set(s) => {
            let items = s.items();
            let frozen = s.frozen;
            guarded(vm, v, if frozen { "frozenset(...)" } else { "set(...)" }, |vm| {
                Ok(match (frozen, items.is_empty()) {
                    (false, true) => "set()".into(),
                    (true, true) => "frozenset()".into(),
                    (false, false) => format!("{{{}}}", join_reprs(vm, &items)?),
                    (true, false) => format!("frozenset({{{}}})", join_reprs(vm, &items)?),
                })
            })?
        }
        Value::Function(f) => {
            format!("<function {} at {:#x}>", f.qualname.borrow().as_str(), v.identity().unwrap_or(0))
        }
        Value::Builtin(b) => match &b.kind {
            BuiltinKind::Function(_) => format!("<built-in function {}>", b.name),
            BuiltinKind::Bound(obj, m) => format!(
                "<built-in method {} of {} object at {:#x}>",
                m.name,
                type_name(vm, obj),
                obj.identity().unwrap_or(0)
            ),
        },
        Value::NativeMethod(m) => format!("<method '{}' of '{}' objects>", m.name, m.owner),
        Value::Type(t) if t.heap => format!("<class '{}.{}'>", t.module, t.qualname),
        Value::Type(t) => format!("<class '{}'>", t.name),
        Value::Instance(_) => String::new(),
        Value::Exception(e) => {
            let args = e.args();
            let name = e.typ.name.clone();
            match args.as_slice() {
                [one] => format!("{name}({})", repr(vm, one)?),
                items => format!("{name}({})", join_reprs(vm, items)?),
            }
        }
        Value::Object(o) => match &**o {
            Object::WeakRef(w) => crate::modules::weakref::repr(vm, v, w)?,
            Object::LongRange(r) => r.repr(),
            Object::Range(r) => {
                if r.step == 1 {
                    format!("range({}, {})", r.start, r.stop)
                } else {
                    format!("range({}, {}, {})", r.start, r.stop, r.step)
                }
            }
            Object::Slice { start, stop, step } => {
                format!("slice({}, {}, {})", repr(vm, start)?, repr(vm, stop)?, repr(vm, step)?)
            }
            Object::Cell(_) => format!("<cell at {:#x}>", v.identity().unwrap_or(0)),
            Object::BoundMethod { func, self_ } => {
                let name = match func {
                    Value::Function(f) => f.qualname.borrow().as_str().to_string(),
                    other => repr(vm, other)?,
                };
                format!("<bound method {name} of {}>", repr(vm, self_)?)
            }
            Object::Code(c) => format!(
                "<code object {} at {:#x}, file \"{}\", line {}>",
                c.object.name,
                v.identity().unwrap_or(0),
                c.object.filename,
                c.object.firstlineno
            ),
            Object::Descriptor { name, owner, member } => {
                let what = if *member { "member" } else { "attribute" };
                format!("<{what} '{name}' of '{}' objects>", owner.name)
            }
            Object::Frame(f) => format!(
                "<frame at {:#x}, file '{}', line {}, code {}>",
                v.identity().unwrap_or(0),
                f.code.object.filename,
                repr(vm, &f.lineno())?,
                f.code.object.name
            ),
            Object::Module(m) => super::module::repr(vm, m)?,
            Object::Twister(_) => format!("<random state at {:#x}>", v.identity().unwrap_or(0)),
            Object::Regex(_) => format!("<compiled regex at {:#x}>", v.identity().unwrap_or(0)),
            Object::SreCode(_) => format!("<SRE code at {:#x}>", v.identity().unwrap_or(0)),
            Object::State(st) => format!("<{} state at {:#x}>", st.kind, v.identity().unwrap_or(0)),
            Object::Io(_) => crate::modules::io::repr(vm, v)?,
            Object::Bytes(b) => fmt::bytes_repr(b),
            Object::ByteArray(b) => format!("bytearray({})", fmt::bytearray_repr(&b.borrow())),
            Object::MemoryView(m) => {
                let state = if m.released() { "released memory" } else { "memory" };
                format!("<{state} at {:#x}>", v.identity().unwrap_or(0))
            }
            Object::Complex { re, im } => fmt::complex_repr(*re, *im),
            Object::DictView { dict, kind } => {
                let (name, items) = match kind {
                    DictViewKind::Keys => ("dict_keys", dict.keys()),
                    DictViewKind::Values => ("dict_values", dict.values()),
                    DictViewKind::Items => (
                        "dict_items",
                        dict.items().into_iter().map(|(k, v)| Value::tuple(vec![k, v])).collect(),
                    ),
                };
                format!("{name}([{}])", join_reprs(vm, &items)?)
            }
            Object::Iter(_) => format!("<{} object at {:#x}>", type_name(vm, v), v.identity().unwrap_or(0)),
            Object::Property { .. } | Object::ClassMethod(_) | Object::StaticMethod(_) => {
                format!("<{} object at {:#x}>", type_name(vm, v), v.identity().unwrap_or(0))
            }
            Object::Super { typ, obj } => {
                let obj_type = type_of(vm, obj);
                format!("<super: <class '{}'>, <{} object>>", typ.name, obj_type.name)
            }
            Object::GenericAlias { .. } | Object::Union(_) => super::typing::repr(vm, o)?,
            Object::AsyncGenValue(_)
            | Object::AsyncGenOp(_)
            | Object::CoroutineWrapper(_)
            | Object::Traceback { .. } => {
                format!("<{} object at {:#x}>", type_name(vm, v), v.identity().unwrap_or(0))
            }
            Object::Generator(g) => {
                format!(
                    "<{} object {} at {:#x}>",
                    type_name(vm, v),
                    g.qualname.as_str(),
                    v.identity().unwrap_or(0)
                )
            }
        },
    })
}

/// The digit limit of int-to-str conversion (`sys.get_int_max_str_digits()`).
pub const INT_MAX_STR_DIGITS: usize = 4300;

fn int_to_str(vm: &mut Vm, b: &BigInt) -> PyResult<String> {
    // A cheap bound first: bits * log10(2) digits.
    if (b.bits() as f64) * std::f64::consts::LOG10_2 > INT_MAX_STR_DIGITS as f64 + 1.0 {
        let s = b.abs().to_string();
        if s.len() > INT_MAX_STR_DIGITS {
            return Err(vm.value_error(format!(
                "Exceeds the limit ({INT_MAX_STR_DIGITS} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"
            )));
        }
        return Ok(if b.is_negative() { format!("-{s}") } else { s });
    }
    Ok(b.to_string())
}

/// `str(v)`.
pub fn str(vm: &mut Vm, v: &Value) -> PyResult<String> {
    if super::dunder::is_user(v)
        && let Some(r) = super::dunder::str(vm, v)?
    {
        return Ok(r);
    }
    through_base!(v);
    match v {
        Value::Str(s) => Ok(s.as_str().to_string()),
        Value::Exception(e) if super::exception_group::is_group(vm, e) => super::exception_group::str(vm, e),
        Value::Exception(e) => {
            let args = e.args();
            if e.typ.is_subtype(&vm.types.key_error) && args.len() == 1 {
                return repr(vm, &args[0]);
            }
            if e.typ.is_subtype(&vm.types.syntax_error) {
                return syntax_error_str(vm, e);
            }
            // OSError(errno, strerror[, filename[, winerror[, filename2]]]).
            if e.typ.is_subtype(&vm.types.os_error) && (2..=5).contains(&args.len()) {
                let (errno, strerror) = (str(vm, &args[0])?, str(vm, &args[1])?);
                let (file, file2) =
                    (e.attrs.get_str(&PyStr::new("filename")), e.attrs.get_str(&PyStr::new("filename2")));
                return Ok(
                    match (args.get(2).cloned().or(file).as_ref(), args.get(4).cloned().or(file2).as_ref()) {
                        (Some(f), Some(f2)) if !f.is_none() && !f2.is_none() => {
                            format!("[Errno {errno}] {strerror}: {} -> {}", repr(vm, f)?, repr(vm, f2)?)
                        }
                        (Some(f), _) if !f.is_none() => {
                            format!("[Errno {errno}] {strerror}: {}", repr(vm, f)?)
                        }
                        _ => format!("[Errno {errno}] {strerror}"),
                    },
                );
            }
            match args.as_slice() {
                [] => Ok(String::new()),
                [one] => str(vm, one),
                _ => repr(vm, &e.args.borrow().clone()),
            }
        }
        _ => repr(vm, v),
    }
}

/// `SyntaxError_str`: `msg (file.py, line 3)`, with the file's base name.
fn syntax_error_str(vm: &mut Vm, e: &super::exception::Exception) -> PyResult<String> {
    let msg = str(vm, &e.syntax_field("msg"))?;
    let filename = match e.syntax_field("filename") {
        Value::Str(s) => Some(s.as_str().rsplit('/').next().unwrap_or("").to_string()),
        _ => None,
    };
    let lineno = match e.syntax_field("lineno") {
        Value::Int(i) => Some(i),
        _ => None,
    };
    Ok(match (filename, lineno) {
        (Some(f), Some(l)) => format!("{msg} ({f}, line {l})"),
        (Some(f), None) => format!("{msg} ({f})"),
        (None, Some(l)) => format!("{msg} (line {l})"),
        (None, None) => msg,
    })
}

/// `str(v)` as a str value (no copy when `v` is one).
pub fn str_value(vm: &mut Vm, v: &Value) -> PyResult<Rc<PyStr>> {
    match v {
        Value::Str(s) => Ok(s.clone()),
        _ => Ok(Rc::new(PyStr::from_string(str(vm, v)?))),
    }
}

// ---------------------------------------------------------------------------------------------
// Arithmetic

/// `BINARY_OP` operators (`NB_*`); in-place forms are `op + 13`.
pub mod nb {
    pub const ADD: u32 = 0;
    pub const AND: u32 = 1;
    pub const FLOOR_DIVIDE: u32 = 2;
    pub const LSHIFT: u32 = 3;
    pub const MATRIX_MULTIPLY: u32 = 4;
    pub const MULTIPLY: u32 = 5;
    pub const REMAINDER: u32 = 6;
    pub const OR: u32 = 7;
    pub const POWER: u32 = 8;
    pub const RSHIFT: u32 = 9;
    pub const SUBTRACT: u32 = 10;
    pub const TRUE_DIVIDE: u32 = 11;
    pub const XOR: u32 = 12;
    pub const INPLACE: u32 = 13;
}

/// `a <op> b` for a `BINARY_OP` oparg.
pub fn binary_op(vm: &mut Vm, a: &Value, b: &Value, op: u32) -> PyResult<Value> {
    let base = if op >= nb::INPLACE { op - nb::INPLACE } else { op };
    if (super::dunder::is_user(a) || super::dunder::is_user(b))
        && let Some(r) = super::dunder::binary_op(vm, a, b, op)?
    {
        return Ok(r);
    }
    // An in-place operator on a subclass instance changes its builtin value and gives back
    // the instance itself, not that value.
    let outer = matches!(a, Value::Instance(_)).then(|| a.clone());
    through_base!(a);
    through_base!(b);
    if let Some(r) = numeric_op(vm, a, b, base)? {
        return Ok(r);
    }
    if let Some(r) = sequence_op(vm, a, b, base, op >= nb::INPLACE)? {
        return Ok(match outer {
            Some(outer) if op >= nb::INPLACE && r.is(a) => outer,
            _ => r,
        });
    }
    if base == nb::OR
        && let Some(u) = super::typing::union(vm, a, b)
    {
        return Ok(u);
    }
    if base == nb::ADD {
        if let Value::Str(_) = a {
            return Err(
                vm.type_error(format!("can only concatenate str (not \"{}\") to str", type_name(vm, b)))
            );
        }
        if let Value::Object(x) = a
            && matches!(&**x, Object::Bytes(_) | Object::ByteArray(_))
            && !super::buffer::is_buffer(b)
        {
            return Err(vm.type_error(format!("can't concat {} to {}", type_name(vm, b), type_name(vm, a))));
        }
        if let (Value::List(_), _) | (Value::Tuple(_), _) = (a, b) {
            let kind = type_name(vm, a);
            return Err(vm.type_error(format!(
                "can only concatenate {kind} (not \"{}\") to {kind}",
                type_name(vm, b)
            )));
        }
    }
    let symbol = crate::opcode::NB_OPS.get(op as usize).map_or("?", |o| o.1);
    let symbol = if base == nb::POWER && op < nb::INPLACE { "** or pow()" } else { symbol };
    Err(vm.type_error(format!(
        "unsupported operand type(s) for {symbol}: '{}' and '{}'",
        type_name(vm, a),
        type_name(vm, b)
    )))
}

fn shift_count(vm: &mut Vm, n: &IntRef) -> PyResult<u64> {
    if n.is_negative() {
        return Err(vm.value_error("negative shift count".into()));
    }
    Ok(match n {
        IntRef::Small(i) => *i as u64,
        IntRef::Big(_) => u64::MAX,
    })
}

/// Arithmetic on ints, bools, floats and complex numbers; `None` when either side is another type.
fn numeric_op(vm: &mut Vm, a: &Value, b: &Value, op: u32) -> PyResult<Option<Value>> {
    if let (Some(x), Some(y)) = (IntRef::of(a), IntRef::of(b)) {
        return int_op(vm, &x, &y, op).map(Some);
    }
    let as_float = |v: &Value| -> Option<Option<f64>> {
        match v {
            Value::Float(f) => Some(Some(*f)),
            _ => IntRef::of(v).map(|i| i.to_f64()),
        }
    };
    let (fa, fb) = match (as_float(a), as_float(b)) {
        (Some(x), Some(y)) => (x, y),
        _ => return complex_op(vm, a, b, op),
    };
    let (Some(x), Some(y)) = (fa, fb) else {
        return Err(vm.overflow_error("int too large to convert to float".into()));
    };
    float_op(vm, x, y, op).map(Some)
}

fn int_op(vm: &mut Vm, x: &IntRef, y: &IntRef, op: u32) -> PyResult<Value> {
    Ok(match op {
        nb::ADD => int::add(x, y),
        nb::SUBTRACT => int::sub(x, y),
        nb::MULTIPLY => int::mul(x, y),
        nb::FLOOR_DIVIDE | nb::REMAINDER if y.is_zero() => {
            let msg = if op == nb::REMAINDER {
                "integer modulo by zero"
            } else {
                "integer division or modulo by zero"
            };
            return Err(vm.zero_division(msg.into()));
        }
        nb::FLOOR_DIVIDE => int::floordiv(x, y),
        nb::REMAINDER => int::modulo(x, y),
        nb::TRUE_DIVIDE => {
            if y.is_zero() {
                return Err(vm.zero_division("division by zero".into()));
            }
            match int::truediv(x, y) {
                Some(f) => Value::Float(f),
                None => return Err(vm.overflow_error("integer division result too large for a float".into())),
            }
        }
        nb::POWER => {
            if y.is_negative() {
                let (Some(fx), Some(fy)) = (x.to_f64(), y.to_f64()) else {
                    return Err(vm.overflow_error("int too large to convert to float".into()));
                };
                return float_op(vm, fx, fy, nb::POWER);
            }
            int::pow(x, y)
        }
        nb::LSHIFT => {
            let n = shift_count(vm, y)?;
            if n > (1 << 32) && !x.is_zero() {
                return Err(vm.overflow_error("too many digits in integer".into()));
            }
            if x.is_zero() { Value::Int(0) } else { int::lshift(x, n) }
        }
        nb::RSHIFT => {
            let n = shift_count(vm, y)?;
            int::rshift(x, n)
        }
        nb::AND => int::bitop(x, y, b'&'),
        nb::OR => int::bitop(x, y, b'|'),
        nb::XOR => int::bitop(x, y, b'^'),
        _ => {
            let (a, b) = (int_value(x), int_value(y));
            return Err(unsupported(vm, &a, &b, op));
        }
    })
}

fn int_value(x: &IntRef) -> Value {
    match x {
        IntRef::Small(i) => Value::Int(*i),
        IntRef::Big(b) => Value::BigInt(Rc::new((*b).clone())),
    }
}

fn unsupported(vm: &mut Vm, a: &Value, b: &Value, op: u32) -> PyErr {
    let symbol = crate::opcode::NB_OPS.get(op as usize).map_or("?", |o| o.1);
    vm.type_error(format!(
        "unsupported operand type(s) for {symbol}: '{}' and '{}'",
        type_name(vm, a),
        type_name(vm, b)
    ))
}

fn float_op(vm: &mut Vm, x: f64, y: f64, op: u32) -> PyResult<Value> {
    Ok(Value::Float(match op {
        nb::ADD => x + y,
        nb::SUBTRACT => x - y,
        nb::MULTIPLY => x * y,
        nb::TRUE_DIVIDE => {
            if y == 0.0 {
                return Err(vm.zero_division("float division by zero".into()));
            }
            x / y
        }
        nb::FLOOR_DIVIDE => {
            if y == 0.0 {
                return Err(vm.zero_division("float floor division by zero".into()));
            }
            float::divmod(x, y).0
        }
        nb::REMAINDER => {
            if y == 0.0 {
                return Err(vm.zero_division("float modulo".into()));
            }
            float::divmod(x, y).1
        }
        nb::POWER => match float::pow(x, y) {
            Ok(r) => r,
            Err(float::PowError::ZeroToNegative) => {
                return Err(vm.zero_division("0.0 cannot be raised to a negative power".into()));
            }
            Err(float::PowError::Overflow) => {
                return Err(vm.overflow_error("(34, 'Numerical result out of range')".into()));
            }
            Err(float::PowError::Complex) => {
                let (re, im) = complex_pow((x, 0.0), (y, 0.0));
                return Ok(Value::object(Object::Complex { re, im }));
            }
        },
        _ => return Err(unsupported(vm, &Value::Float(x), &Value::Float(y), op)),
    }))
}

fn as_complex(v: &Value) -> Option<(f64, f64)> {
    match v {
        Value::Object(o) => match &**o {
            Object::Complex { re, im } => Some((*re, *im)),
            _ => None,
        },
        Value::Float(f) => Some((*f, 0.0)),
        _ => IntRef::of(v).and_then(|i| i.to_f64()).map(|f| (f, 0.0)),
    }
}

fn complex_mul(a: (f64, f64), b: (f64, f64)) -> (f64, f64) {
    (a.0 * b.0 - a.1 * b.1, a.0 * b.1 + a.1 * b.0)
}

/// `a ** n` for a small whole exponent: square-and-multiply (`c_powi`), as CPython does
/// for integral exponents up to 100 in size.
fn complex_powi(a: (f64, f64), n: i64) -> (f64, f64) {
    let (mut r, mut p, mut mask) = ((1.0, 0.0), a, 1i64);
    let m = n.abs();
    while mask > 0 && m >= mask {
        if m & mask != 0 {
            r = complex_mul(r, p);
        }
        mask <<= 1;
        p = complex_mul(p, p);
    }
    if n > 0 { r } else { complex_div((1.0, 0.0), r) }
}

fn complex_pow(a: (f64, f64), b: (f64, f64)) -> (f64, f64) {
    if b.1 == 0.0 && b.0 == b.0.floor() && b.0.abs() <= 100.0 {
        return complex_powi(a, b.0 as i64);
    }
    if b == (0.0, 0.0) {
        return (1.0, 0.0);
    }
    if a == (0.0, 0.0) {
        return (0.0, 0.0);
    }
    let vabs = a.0.hypot(a.1);
    let mut len = vabs.powf(b.0);
    let at = a.1.atan2(a.0);
    let mut phase = at * b.0;
    if b.1 != 0.0 {
        len /= (at * b.1).exp();
        phase += b.1 * vabs.ln();
    }
    (len * phase.cos(), len * phase.sin())
}

fn complex_op(vm: &mut Vm, a: &Value, b: &Value, op: u32) -> PyResult<Option<Value>> {
    let is_complex = |v: &Value| matches!(v, Value::Object(o) if matches!(&**o, Object::Complex { .. }));
    if !is_complex(a) && !is_complex(b) {
        return Ok(None);
    }
    let (Some((ar, ai)), Some((br, bi))) = (as_complex(a), as_complex(b)) else { return Ok(None) };
    let (re, im) = match op {
        nb::ADD => (ar + br, ai + bi),
        nb::SUBTRACT => (ar - br, ai - bi),
        nb::MULTIPLY => (ar * br - ai * bi, ar * bi + ai * br),
        nb::TRUE_DIVIDE => {
            if br == 0.0 && bi == 0.0 {
                return Err(vm.zero_division("complex division by zero".into()));
            }
            complex_div((ar, ai), (br, bi))
        }
        nb::POWER => complex_pow((ar, ai), (br, bi)),
        _ => return Ok(None),
    };
    Ok(Some(Value::object(Object::Complex { re, im })))
}

/// Complex division as `_Py_c_quot` does it (Smith's method).
fn complex_div(a: (f64, f64), b: (f64, f64)) -> (f64, f64) {
    let (abs_br, abs_bi) = (b.0.abs(), b.1.abs());
    if abs_br >= abs_bi {
        let ratio = b.1 / b.0;
        let denom = b.0 + b.1 * ratio;
        ((a.0 + a.1 * ratio) / denom, (a.1 - a.0 * ratio) / denom)
    } else {
        let ratio = b.0 / b.1;
        let denom = b.0 * ratio + b.1;
        ((a.0 * ratio + a.1) / denom, (a.1 * ratio - a.0) / denom)
    }
}

/// The repeat count for `seq * n`.
fn repeat_count(vm: &mut Vm, n: &Value, seq: &Value) -> PyResult<Option<usize>> {
    match IntRef::of(n) {
        Some(IntRef::Small(i)) => Ok(Some(i.max(0) as usize)),
        // CPython's `PyNumber_AsSsize_t(n, OverflowError)`: too big either way is an error.
        Some(IntRef::Big(_)) => {
            Err(vm.overflow_error("cannot fit 'int' into an index-sized integer".to_string()))
        }
        None => {
            let _ = seq;
            Err(vm.type_error(format!("can't multiply sequence by non-int of type '{}'", type_name(vm, n))))
        }
    }
}

fn is_sequence(v: &Value) -> bool {
    matches!(v, Value::Str(_) | Value::List(_) | Value::Tuple(_))
        || matches!(v, Value::Object(o) if matches!(&**o, Object::Bytes(_) | Object::ByteArray(_)))
}

/// Limits a repetition to what memory could hold.
fn check_size(vm: &mut Vm, len: usize, n: usize) -> PyResult<()> {
    if len.checked_mul(n).is_none_or(|total| total > (1 << 40)) {
        return Err(vm.memory_error());
    }
    Ok(())
}

/// Concatenation, repetition, `%` formatting and the set and dict operators.
fn sequence_op(vm: &mut Vm, a: &Value, b: &Value, op: u32, inplace: bool) -> PyResult<Option<Value>> {
    Ok(Some(match (op, a, b) {
        (nb::ADD, Value::Str(x), Value::Str(y)) => {
            let mut s = String::with_capacity(x.as_str().len() + y.as_str().len());
            s.push_str(x.as_str());
            s.push_str(y.as_str());
            Value::Str(Rc::new(PyStr::from_string(s)))
        }
        (nb::ADD, Value::List(x), Value::List(y)) => {
            if inplace {
                let extra = y.to_vec();
                x.borrow_mut().extend(extra);
                a.clone()
            } else {
                let mut items = x.to_vec();
                items.extend(y.borrow().iter().cloned());
                Value::list(items)
            }
        }
        (nb::ADD, Value::List(x), other) if inplace && super::protocol::is_iterable(other) => {
            let extra = collect(vm, other)?;
            x.borrow_mut().extend(extra);
            a.clone()
        }
        (nb::ADD, Value::Tuple(x), Value::Tuple(y)) => {
            let mut items = x.items().to_vec();
            items.extend(y.items().iter().cloned());
            Value::tuple(items)
        }
        (nb::ADD, Value::Object(_), Value::Object(_)) => {
            return super::bytes_ops::concat(vm, a, b, inplace);
        }
        (nb::MULTIPLY, seq, n) | (nb::MULTIPLY, n, seq) if is_sequence(seq) => {
            let Some(count) = repeat_count(vm, n, seq)? else { return Ok(None) };
            match seq {
                Value::Str(s) => {
                    check_size(vm, s.as_str().len(), count)?;
                    Value::Str(Rc::new(PyStr::from_string(s.as_str().repeat(count))))
                }
                Value::List(l) => {
                    let items = l.to_vec();
                    check_size(vm, items.len(), count)?;
                    let repeated: Vec<Value> = (0..count).flat_map(|_| items.iter().cloned()).collect();
                    if inplace {
                        *l.borrow_mut() = repeated;
                        seq.clone()
                    } else {
                        Value::list(repeated)
                    }
                }
                Value::Tuple(t) => {
                    check_size(vm, t.len(), count)?;
                    Value::tuple((0..count).flat_map(|_| t.items().iter().cloned()).collect())
                }
                Value::Object(_) => return super::bytes_ops::repeat(vm, seq, count, inplace),
                _ => return Ok(None),
            }
        }
        (nb::REMAINDER, Value::Object(x), args)
            if matches!(&**x, Object::Bytes(_) | Object::ByteArray(_)) =>
        {
            let out = crate::builtins::format::bytes_percent_format(vm, &bytes_like(a), args)?;
            match &**x {
                Object::ByteArray(_) => crate::builtins::types::bytes::new_bytearray(out),
                _ => crate::builtins::types::bytes::new_bytes(out),
            }
        }
        (nb::REMAINDER, Value::Str(fmt_str), args) => {
            let fmt_str = fmt_str.clone();
            Value::Str(Rc::new(PyStr::from_string(crate::builtins::format::percent_format(
                vm,
                fmt_str.as_str(),
                args,
            )?)))
        }
        (nb::OR | nb::AND | nb::SUBTRACT | nb::XOR, Value::Set(x), Value::Set(y)) => {
            if inplace && !x.frozen {
                super::set_ops::update_in_place(vm, x, y, op)?;
                a.clone()
            } else {
                Value::Set(Rc::new(super::set_ops::set_op(vm, x, y, op)?))
            }
        }
        (nb::OR | nb::AND | nb::SUBTRACT | nb::XOR, _, _) if is_set_view(a) || is_set_view(b) => {
            Value::Set(Rc::new(super::set_ops::view_op(vm, a, b, op)?))
        }
        (nb::OR, Value::Dict(x), Value::Dict(y)) => {
            if inplace {
                for (k, v) in y.items() {
                    let key = key(vm, &k)?;
                    x.insert(key, v);
                }
                a.clone()
            } else {
                let d = Dict::new();
                for (k, v) in x.items().into_iter().chain(y.items()) {
                    let key = key(vm, &k)?;
                    d.insert(key, v);
                }
                Value::Dict(Rc::new(d))
            }
        }
        _ => return Ok(None),
    }))
}

/// A dict's keys or items view, which behaves as a set in the `|`, `&`, `-` and `^` operators.
fn is_set_view(v: &Value) -> bool {
    matches!(v, Value::Object(o) if matches!(&**o, Object::DictView { kind: DictViewKind::Keys | DictViewKind::Items, .. }))
}

/// The bytes of a `bytes`, `bytearray` or `memoryview` (empty for anything else).
pub fn bytes_like(v: &Value) -> Vec<u8> {
    super::buffer::read(v).unwrap_or_default()
}

pub fn is_iterable(v: &Value) -> bool {
    matches!(
        v,
        Value::Str(_)
            | Value::List(_)
            | Value::Tuple(_)
            | Value::Dict(_)
            | Value::Set(_)
            | Value::Instance(_)
    ) || is_iterator(v)
        || matches!(v, Value::Object(o) if matches!(&**o, Object::Range(_) | Object::Iter(_) | Object::Bytes(_) | Object::ByteArray(_) | Object::MemoryView(_) | Object::DictView { .. }))
}

/// `-v`.
pub fn neg(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    if let Some(r) = user_unary(vm, v, "__neg__")? {
        return Ok(r);
    }
    // A subclass of int, float or complex (an `IntEnum` member) negates its value.
    through_base!(v);
    match v {
        Value::Float(f) => Ok(Value::Float(-f)),
        Value::Object(o) if matches!(&**o, Object::Complex { .. }) => match &**o {
            Object::Complex { re, im } => Ok(Value::object(Object::Complex { re: -re, im: -im })),
            _ => unreachable_type(vm, v, "-"),
        },
        _ => match IntRef::of(v) {
            Some(i) => Ok(int::neg(&i)),
            None => unreachable_type(vm, v, "-"),
        },
    }
}

/// `+v`.
pub fn pos(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    if let Some(r) = user_unary(vm, v, "__pos__")? {
        return Ok(r);
    }
    through_base!(v);
    match v {
        Value::Float(_) | Value::Int(_) | Value::BigInt(_) => Ok(v.clone()),
        Value::Bool(b) => Ok(Value::Int(*b as i64)),
        Value::Object(o) if matches!(&**o, Object::Complex { .. }) => Ok(v.clone()),
        _ => unreachable_type(vm, v, "+"),
    }
}

/// `~v`.
/// A unary special method of a Python class, if it defines one.
pub fn user_unary(vm: &mut Vm, v: &Value, name: &str) -> PyResult<Option<Value>> {
    if super::dunder::is_user(v) { super::dunder::unary(vm, v, name) } else { Ok(None) }
}

pub fn invert(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    if let Some(r) = user_unary(vm, v, "__invert__")? {
        return Ok(r);
    }
    through_base!(v);
    match IntRef::of(v) {
        Some(i) => Ok(int::invert(&i)),
        None => unreachable_type(vm, v, "~"),
    }
}

fn unreachable_type(vm: &mut Vm, v: &Value, symbol: &str) -> PyResult<Value> {
    Err(vm.type_error(format!("bad operand type for unary {symbol}: '{}'", type_name(vm, v))))
}

// ---------------------------------------------------------------------------------------------
// Iteration

/// `iter(v)`.
pub fn iter(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    if super::dunder::is_user(v) {
        if let Some(it) = super::class::call_special(vm, v, "__iter__", &[])? {
            if super::class::special(vm, &it, "__next__").is_none() && !is_iterator(&it) {
                return Err(
                    vm.type_error(format!("iter() returned non-iterator of type '{}'", type_name(vm, &it)))
                );
            }
            return Ok(it);
        }
        if super::class::special(vm, v, "__getitem__").is_some() {
            let state = Iter::GetItem { obj: v.clone(), index: std::cell::Cell::new(0) };
            return Ok(Value::object(Object::Iter(std::cell::RefCell::new(state))));
        }
    }
    through_base!(v);
    let state = match v {
        Value::List(l) => Iter::List { list: l.clone(), index: 0 },
        Value::Tuple(t) => Iter::Tuple { tuple: t.clone(), index: 0 },
        Value::Str(s) => Iter::Str { s: s.clone(), byte: 0 },
        Value::Dict(d) => Iter::Dict { dict: d.clone(), index: 0, len: d.len(), kind: DictViewKind::Keys },
        Value::Set(s) => Iter::Set { set: s.clone(), pos: 0, len: s.len() },
        Value::Object(o) => match &**o {
            Object::Range(r) => Iter::Range { next: r.start, step: r.step, remaining: r.len() },
            Object::LongRange(r) => Iter::LongRange(Box::new(super::long_range::LongRangeIter::new(r))),
            Object::Iter(_) | Object::AsyncGenOp(_) | Object::CoroutineWrapper(_) => return Ok(v.clone()),
            Object::Generator(g) if g.is_plain() => return Ok(v.clone()),
            Object::Io(_) => return crate::modules::io::io_call(vm, v, "__iter__", &[]),
            Object::DictView { dict, kind } => {
                Iter::Dict { dict: dict.clone(), index: 0, len: dict.len(), kind: *kind }
            }
            Object::Bytes(_) | Object::ByteArray(_) => Iter::Seq {
                items: bytes_like(v).into_iter().map(|x| Value::Int(x as i64)).collect(),
                index: 0,
            },
            Object::MemoryView(m) => Iter::Seq { items: super::bytes_ops::view_items(vm, m)?, index: 0 },
            _ => return Err(not_iterable(vm, v)),
        },
        _ => return Err(not_iterable(vm, v)),
    };
    Ok(Value::object(Object::Iter(std::cell::RefCell::new(state))))
}

fn not_iterable(vm: &mut Vm, v: &Value) -> PyErr {
    vm.type_error(format!("'{}' object is not iterable", type_name(vm, v)))
}

/// Whether `v` is one of the builtin iterator objects.
pub fn is_iterator(v: &Value) -> bool {
    matches!(v, Value::Object(o) if match &**o {
        Object::Iter(_) | Object::AsyncGenOp(_) | Object::CoroutineWrapper(_) => true,
        Object::Generator(g) => g.is_plain(),
        _ => false,
    })
}

/// `next(it)`: `Ok(None)` when the iterator is exhausted.
pub fn next(vm: &mut Vm, it: &Value) -> PyResult<Option<Value>> {
    if super::dunder::is_user(it) {
        return match super::class::call_special(vm, it, "__next__", &[]) {
            Ok(Some(v)) => Ok(Some(v)),
            Ok(None) => Err(vm.type_error(format!("'{}' object is not an iterator", type_name(vm, it)))),
            Err(e) if e.is_instance(&vm.types.stop_iteration) => Ok(None),
            Err(e) => Err(e),
        };
    }
    let Value::Object(o) = it else {
        return Err(vm.type_error(format!("'{}' object is not an iterator", type_name(vm, it))));
    };
    if let Object::Generator(_) | Object::AsyncGenOp(_) | Object::CoroutineWrapper(_) = &**o {
        return match crate::interp::coroutine::send_into(vm, it, Value::None)? {
            crate::interp::generator::Resumed::Yielded(v) => Ok(Some(v)),
            crate::interp::generator::Resumed::Returned(_) => Ok(None),
        };
    }
    if let Object::Io(_) = &**o {
        return match crate::modules::io::io_call(vm, it, "__next__", &[]) {
            Ok(v) => Ok(Some(v)),
            Err(e) if e.is_instance(&vm.types.stop_iteration) => Ok(None),
            Err(e) => Err(e),
        };
    }
    let Object::Iter(cell) = &**o else {
        return Err(vm.type_error(format!("'{}' object is not an iterator", type_name(vm, it))));
    };
    // Iterators that call back into Python take their inputs out first, so no borrow is held.
    let mut state = cell.borrow_mut();
    let item = match &mut *state {
        Iter::List { list, index } => {
            let item = list.get(*index);
            *index += 1;
            item
        }
        Iter::ListReverse { list, index } => {
            if *index == 0 || *index > list.len() {
                None
            } else {
                *index -= 1;
                list.get(*index)
            }
        }
        Iter::Tuple { tuple, index } => {
            let item = tuple.items().get(*index).cloned();
            *index += 1;
            item
        }
        Iter::Range { next, step, remaining } => {
            if *remaining <= 0 {
                None
            } else {
                let v = *next;
                *remaining -= 1;
                *next = next.wrapping_add(*step);
                Some(Value::Int(v))
            }
        }
        Iter::LongRange(state) => state.advance().map(Value::from_bigint),
        Iter::Str { s, byte } => {
            let text = s.as_str();
            text[*byte..].chars().next().map(|c| {
                *byte += c.len_utf8();
                Value::str(c.encode_utf8(&mut [0; 4]))
            })
        }
        Iter::Seq { items, index } => {
            let item = items.get(*index).cloned();
            *index += 1;
            item
        }
        Iter::Set { set, pos, len } => {
            if set.len() != *len {
                drop(state);
                return Err(vm.runtime_error("Set changed size during iteration".into()));
            }
            let next = set.borrow().next_from(*pos).map(|(p, v)| (p, v.clone()));
            next.map(|(p, v)| {
                *pos = p;
                v
            })
        }
        Iter::Dict { dict, index, len, kind } => {
            if dict.len() != *len {
                *len = usize::MAX;
                drop(state);
                return Err(vm.runtime_error("dictionary changed size during iteration".into()));
            }
            let entry = dict.borrow().get_index(*index).map(|(k, v)| (k.value.clone(), v.clone()));
            *index += 1;
            entry.map(|(k, v)| match kind {
                DictViewKind::Keys => k,
                DictViewKind::Values => v,
                DictViewKind::Items => Value::tuple(vec![k, v]),
            })
        }
        Iter::Exhausted => None,
        _ => {
            drop(state);
            return crate::builtins::iterators::next_lazy(vm, cell);
        }
    };
    Ok(item)
}

/// `list(x)`, `tuple(x)`, `sorted(x)`: CPython first asks an object for its length, to size
/// the result (`PyObject_LengthHint`), so a Python `__len__` runs; a TypeError from it is
/// ignored, other errors propagate.
pub fn collect_with_hint(vm: &mut Vm, v: &Value) -> PyResult<Vec<Value>> {
    if matches!(v, Value::Instance(_)) && super::class::special(vm, v, "__len__").is_some() {
        match len(vm, v) {
            Err(e) if !e.is_instance(&vm.types.type_error) => return Err(e),
            _ => {}
        }
    }
    collect(vm, v)
}

/// Every item of an iterable, in order.
pub fn collect(vm: &mut Vm, v: &Value) -> PyResult<Vec<Value>> {
    match v {
        Value::List(l) => return Ok(l.to_vec()),
        Value::Tuple(t) => return Ok(t.items().to_vec()),
        _ => {}
    }
    let it = iter(vm, v)?;
    let mut out = Vec::new();
    while let Some(item) = next(vm, &it)? {
        out.push(item);
    }
    Ok(out)
}

// ---------------------------------------------------------------------------------------------
// Subscripts

/// An index for a sequence of `len` items, negative counting from the end; `None` if out of range.
pub fn seq_index(vm: &mut Vm, index: &Value, len: usize) -> PyResult<Option<usize>> {
    if super::dunder::is_user(index)
        && let Some(i) = super::class::call_special(vm, index, "__index__", &[])?
    {
        return seq_index(vm, &i, len);
    }
    let i = match IntRef::of(index) {
        Some(IntRef::Small(i)) => i,
        Some(IntRef::Big(_)) => return Ok(None),
        None => return Err(vm.type_error(String::new())),
    };
    let i = if i < 0 { i + len as i64 } else { i };
    Ok(if i >= 0 && (i as usize) < len { Some(i as usize) } else { None })
}

/// An object's `__index__` value as a 64-bit index, or the error CPython gives.
pub fn index_value(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    match IntRef::of(v) {
        Some(IntRef::Small(i)) => Ok(i),
        Some(IntRef::Big(_)) => {
            Err(vm.index_error(format!("cannot fit '{}' into an index-sized integer", type_name(vm, v))))
        }
        None => {
            Err(vm.type_error(format!("'{}' object cannot be interpreted as an integer", type_name(vm, v))))
        }
    }
}

/// Resolves a slice against a sequence length: (start, stop, step, count), as `PySlice_AdjustIndices`.
pub fn slice_indices(
    vm: &mut Vm,
    start: &Value,
    stop: &Value,
    step: &Value,
    len: usize,
) -> PyResult<(i64, i64, i64, usize)> {
    let len = len as i64;
    let get = |vm: &mut Vm, v: &Value| -> PyResult<Option<i64>> {
        let hooked;
        let v = match v {
            _ if super::dunder::is_user(v) => match super::class::call_special(vm, v, "__index__", &[])? {
                Some(i) => {
                    hooked = i;
                    &hooked
                }
                None => v,
            },
            _ => v,
        };
        match v {
            Value::None => Ok(None),
            _ => match IntRef::of(v) {
                Some(IntRef::Small(i)) => Ok(Some(i)),
                Some(IntRef::Big(b)) => Ok(Some(if b.is_negative() { i64::MIN / 2 } else { i64::MAX / 2 })),
                None => Err(vm
                    .type_error("slice indices must be integers or None or have an __index__ method".into())),
            },
        }
    };
    let step = get(vm, step)?.unwrap_or(1);
    if step == 0 {
        return Err(vm.value_error("slice step cannot be zero".into()));
    }
    let (lower, upper) = if step < 0 { (-1, len - 1) } else { (0, len) };
    let clamp = |v: Option<i64>, default: i64| match v {
        None => default,
        Some(i) if i < 0 => (i + len).max(lower),
        Some(i) => i.min(upper),
    };
    let start = clamp(get(vm, start)?, if step < 0 { upper } else { lower });
    let stop = clamp(get(vm, stop)?, if step < 0 { lower } else { upper });
    let count = if step < 0 {
        if stop < start { (start - stop - 1) / (-step) + 1 } else { 0 }
    } else if start < stop {
        (stop - start - 1) / step + 1
    } else {
        0
    };
    Ok((start, stop, step, count as usize))
}

fn slice_parts(v: &Value) -> Option<(Value, Value, Value)> {
    match v {
        Value::Object(o) => match &**o {
            Object::Slice { start, stop, step } => Some((start.clone(), stop.clone(), step.clone())),
            _ => None,
        },
        _ => None,
    }
}

fn pick<T: Clone>(items: &[T], start: i64, step: i64, count: usize) -> Vec<T> {
    (0..count).map(|k| items[(start + k as i64 * step) as usize].clone()).collect()
}

/// `obj[key]`.
pub fn getitem(vm: &mut Vm, obj: &Value, key: &Value) -> PyResult<Value> {
    if super::dunder::is_user(obj)
        && let Some(v) = super::class::call_special(vm, obj, "__getitem__", std::slice::from_ref(key))?
    {
        return Ok(v);
    }
    if let Value::Instance(i) = obj
        && let Value::Dict(d) = &i.base
        && super::class::special(vm, obj, "__missing__").is_some()
    {
        let k = dict_key(vm, d, key)?;
        if d.get(&k).is_none() {
            return super::class::call_special(vm, obj, "__missing__", std::slice::from_ref(key))
                .map(|r| r.unwrap_or(Value::None));
        }
    }
    through_base!(obj);
    if let Value::Type(t) = obj
        && t.heap
        && let Some(m) = super::class::lookup(t, &PyStr::new("__class_getitem__"))
    {
        let bound = super::attr::bind_descriptor(vm, m, obj, t)?;
        return vm.call(&bound, std::slice::from_ref(key), &[]);
    }
    if let Value::Object(o) = obj
        && let Object::MemoryView(m) = &**o
    {
        return super::bytes_ops::view_getitem(vm, m, key);
    }
    if let Some((start, stop, step)) = slice_parts(key) {
        return get_slice(vm, obj, &start, &stop, &step);
    }
    let out_of_range = |vm: &mut Vm, what: &str| vm.index_error(format!("{what} index out of range"));
    match obj {
        Value::List(l) => {
            let len = l.len();
            match seq_index(vm, key, len).map_err(|_| seq_type_error(vm, "list", key))? {
                Some(i) => Ok(l.get(i).unwrap_or(Value::None)),
                None => Err(out_of_range(vm, "list")),
            }
        }
        Value::Tuple(t) => match seq_index(vm, key, t.len()).map_err(|_| seq_type_error(vm, "tuple", key))? {
            Some(i) => Ok(t.items()[i].clone()),
            None => Err(out_of_range(vm, "tuple")),
        },
        Value::Str(s) => match seq_index(vm, key, s.len()).map_err(|_| {
            vm.type_error(format!("string indices must be integers, not '{}'", type_name(vm, key)))
        })? {
            Some(i) => Ok(Value::str(s.char_at(i).encode_utf8(&mut [0; 4]))),
            None => Err(out_of_range(vm, "string")),
        },
        Value::Dict(d) => {
            let k = dict_key(vm, d, key)?;
            match d.get(&k) {
                Some(v) => Ok(v),
                None => Err(vm.key_error(key.clone())),
            }
        }
        Value::Object(o) => match &**o {
            Object::Range(r) => {
                match seq_index(vm, key, r.len() as usize).map_err(|_| seq_type_error(vm, "range", key))? {
                    Some(i) => Ok(Value::Int(r.get(i as i64))),
                    None => Err(vm.index_error("range object index out of range".into())),
                }
            }
            Object::Bytes(_) | Object::ByteArray(_) if let Some(IntRef::Big(_)) = IntRef::of(key) => {
                Err(super::bytes_ops::index_too_big(vm))
            }
            Object::Bytes(b) => {
                match seq_index(vm, key, b.len()).map_err(|_| seq_type_error(vm, "byte", key))? {
                    Some(i) => Ok(Value::Int(b[i] as i64)),
                    None => Err(vm.index_error("index out of range".into())),
                }
            }
            Object::ByteArray(b) => {
                let len = b.borrow().len();
                match seq_index(vm, key, len).map_err(|_| seq_type_error(vm, "bytearray", key))? {
                    Some(i) => Ok(Value::Int(b.borrow()[i] as i64)),
                    None => Err(vm.index_error("bytearray index out of range".into())),
                }
            }
            _ => Err(not_subscriptable(vm, obj)),
        },
        Value::Type(t) if super::typing::is_generic_builtin(t) => Ok(super::typing::generic_alias(obj, key)),
        _ => Err(not_subscriptable(vm, obj)),
    }
}

fn seq_type_error(vm: &mut Vm, what: &str, key: &Value) -> PyErr {
    vm.type_error(format!("{what} indices must be integers or slices, not {}", type_name(vm, key)))
}

fn not_subscriptable(vm: &mut Vm, obj: &Value) -> PyErr {
    match obj {
        Value::Type(t) => vm.type_error(format!("type '{}' is not subscriptable", t.name)),
        _ => vm.type_error(format!("'{}' object is not subscriptable", type_name(vm, obj))),
    }
}

/// `obj[start:stop:step]`.
pub fn get_slice(vm: &mut Vm, obj: &Value, start: &Value, stop: &Value, step: &Value) -> PyResult<Value> {
    if super::dunder::is_user(obj) && super::class::special(vm, obj, "__getitem__").is_some() {
        let slice =
            Value::object(Object::Slice { start: start.clone(), stop: stop.clone(), step: step.clone() });
        return getitem(vm, obj, &slice);
    }
    through_base!(obj);
    if let Value::Object(o) = obj
        && matches!(&**o, Object::MemoryView(_))
    {
        let slice =
            Value::object(Object::Slice { start: start.clone(), stop: stop.clone(), step: step.clone() });
        return getitem(vm, obj, &slice);
    }
    let len = match obj {
        Value::List(l) => l.len(),
        Value::Tuple(t) => t.len(),
        Value::Str(s) => s.len(),
        Value::Object(o) if matches!(&**o, Object::Range(_) | Object::Bytes(_) | Object::ByteArray(_)) => {
            len(vm, obj)?
        }
        _ => return Err(not_subscriptable(vm, obj)),
    };
    let (i, _, step, count) = slice_indices(vm, start, stop, step, len)?;
    Ok(match obj {
        Value::List(l) => Value::list(pick(&l.borrow(), i, step, count)),
        Value::Tuple(t) => {
            if i == 0 && step == 1 && count == t.len() {
                return Ok(obj.clone());
            }
            Value::tuple(pick(t.items(), i, step, count))
        }
        Value::Str(s) => {
            if step == 1 {
                Value::str(s.substring(i as usize, i as usize + count))
            } else {
                let chars: Vec<char> = s.as_str().chars().collect();
                Value::Str(Rc::new(PyStr::from_string(pick(&chars, i, step, count).into_iter().collect())))
            }
        }
        Value::Object(o) => match &**o {
            Object::Range(r) => {
                let start = r.get(i);
                Value::object(Object::Range(Range {
                    start,
                    stop: start + count as i64 * r.step * step,
                    step: r.step * step,
                }))
            }
            Object::Bytes(b) => Value::object(Object::Bytes(pick(b, i, step, count).into_boxed_slice())),
            Object::ByteArray(b) => {
                let picked = pick(&b.borrow(), i, step, count);
                Value::object(Object::ByteArray(crate::object::buffer::ByteArray::new(picked)))
            }
            _ => return Err(not_subscriptable(vm, obj)),
        },
        _ => return Err(not_subscriptable(vm, obj)),
    })
}

/// `obj[key] = value`.
pub fn setitem(vm: &mut Vm, obj: &Value, key: &Value, value: Value) -> PyResult<()> {
    if super::dunder::is_user(obj) && super::class::special(vm, obj, "__setitem__").is_some() {
        super::class::call_special(vm, obj, "__setitem__", &[key.clone(), value])?;
        return Ok(());
    }
    through_base!(obj);
    match obj {
        Value::List(l) => {
            if let Some((start, stop, step)) = slice_parts(key) {
                return set_slice(vm, l, &start, &stop, &step, &value);
            }
            let len = l.len();
            match seq_index(vm, key, len).map_err(|_| seq_type_error(vm, "list", key))? {
                Some(i) => {
                    l.borrow_mut()[i] = value;
                    Ok(())
                }
                None => Err(vm.index_error("list assignment index out of range".into())),
            }
        }
        Value::Dict(d) => {
            let k = dict_key(vm, d, key)?;
            d.insert(k, value);
            Ok(())
        }
        Value::Object(o) if matches!(&**o, Object::ByteArray(_)) => {
            super::bytes_ops::bytearray_setitem(vm, obj, key, &value)
        }
        Value::Object(o) if let Object::MemoryView(m) = &**o => {
            super::bytes_ops::view_setitem(vm, m, key, &value)
        }
        _ => Err(vm.type_error(format!("'{}' object does not support item assignment", type_name(vm, obj)))),
    }
}

/// `lst[start:stop:step] = value`.
pub fn set_slice(
    vm: &mut Vm,
    l: &Rc<super::list::List>,
    start: &Value,
    stop: &Value,
    step: &Value,
    value: &Value,
) -> PyResult<()> {
    let items = collect(vm, value)?;
    let len = l.len();
    let (i, _, step, count) = slice_indices(vm, start, stop, step, len)?;
    let mut list = l.borrow_mut();
    if step == 1 {
        let i = i as usize;
        list.splice(i..i + count, items);
        return Ok(());
    }
    if items.len() != count {
        drop(list);
        return Err(vm.value_error(format!(
            "attempt to assign sequence of size {} to extended slice of size {count}",
            items.len()
        )));
    }
    for (k, item) in items.into_iter().enumerate() {
        list[(i + k as i64 * step) as usize] = item;
    }
    Ok(())
}

/// `del obj[key]`.
pub fn delitem(vm: &mut Vm, obj: &Value, key: &Value) -> PyResult<()> {
    if super::dunder::is_user(obj) && super::class::special(vm, obj, "__delitem__").is_some() {
        super::class::call_special(vm, obj, "__delitem__", std::slice::from_ref(key))?;
        return Ok(());
    }
    through_base!(obj);
    match obj {
        Value::List(l) => {
            if let Some((start, stop, step)) = slice_parts(key) {
                let len = l.len();
                let (i, _, step, count) = slice_indices(vm, &start, &stop, &step, len)?;
                let mut list = l.borrow_mut();
                let mut doomed: Vec<usize> = (0..count).map(|k| (i + k as i64 * step) as usize).collect();
                doomed.sort_unstable();
                for idx in doomed.into_iter().rev() {
                    list.remove(idx);
                }
                return Ok(());
            }
            let len = l.len();
            match seq_index(vm, key, len).map_err(|_| seq_type_error(vm, "list", key))? {
                Some(i) => {
                    l.borrow_mut().remove(i);
                    Ok(())
                }
                None => Err(vm.index_error("list assignment index out of range".into())),
            }
        }
        Value::Dict(d) => {
            let k = dict_key(vm, d, key)?;
            match d.remove(&k) {
                Some(_) => Ok(()),
                None => Err(vm.key_error(key.clone())),
            }
        }
        Value::Object(o) if matches!(&**o, Object::ByteArray(_)) => {
            super::bytes_ops::bytearray_delitem(vm, obj, key)
        }
        Value::Object(o) if let Object::MemoryView(m) = &**o => {
            let m = super::bytes_ops::live(vm, m)?;
            let what = if m.readonly { "cannot modify read-only memory" } else { "cannot delete memory" };
            Err(vm.type_error(what.into()))
        }
        _ => Err(vm.type_error(format!("'{}' object does not support item deletion", type_name(vm, obj)))),
    }
}

/// `item in container`.
pub fn contains(vm: &mut Vm, container: &Value, item: &Value) -> PyResult<bool> {
    if super::dunder::is_user(container)
        && let Some(r) =
            super::class::call_special(vm, container, "__contains__", std::slice::from_ref(item))?
    {
        return truthy(vm, &r);
    }
    through_base!(container);
    match container {
        Value::Str(s) => match item {
            Value::Str(sub) => Ok(s.as_str().contains(sub.as_str())),
            _ => Err(vm.type_error(format!(
                "'in <string>' requires string as left operand, not {}",
                type_name(vm, item)
            ))),
        },
        Value::Dict(d) => {
            let k = dict_key(vm, d, item)?;
            Ok(d.get(&k).is_some())
        }
        Value::Set(s) => {
            let k = set_key(vm, s, item)?;
            Ok(s.contains(&k))
        }
        Value::Object(o) if matches!(&**o, Object::LongRange(_)) => {
            if let (Object::LongRange(r), Some(i)) = (&**o, IntRef::of(item)) {
                return Ok(r.contains(&i.to_big()));
            }
            let items = collect(vm, container)?;
            Ok(items.iter().any(|x| native_eq(x, item)))
        }
        Value::Object(o) if matches!(&**o, Object::Range(_)) => {
            if let (Object::Range(r), Some(IntRef::Small(i))) = (&**o, IntRef::of(item)) {
                let len = r.len();
                if len == 0 {
                    return Ok(false);
                }
                let off = i as i128 - r.start as i128;
                return Ok(off % r.step as i128 == 0 && (0..len as i128).contains(&(off / r.step as i128)));
            }
            let items = collect(vm, container)?;
            Ok(items.iter().any(|x| native_eq(x, item)))
        }
        Value::Object(o) if matches!(&**o, Object::DictView { kind: DictViewKind::Keys, .. }) => match &**o {
            Object::DictView { dict, .. } => {
                let k = key(vm, item)?;
                Ok(dict.get(&k).is_some())
            }
            _ => Ok(false),
        },
        Value::Object(o) if matches!(&**o, Object::Bytes(_) | Object::ByteArray(_)) => {
            crate::builtins::types::bytes::contains(vm, &bytes_like(container), item)
        }
        _ => {
            let it = iter(vm, container).map_err(|_| {
                vm.type_error(format!("argument of type '{}' is not iterable", type_name(vm, container)))
            })?;
            while let Some(x) = next(vm, &it)? {
                if x.is(item) || eq(vm, &x, item)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
    }
}

/// Numeric value of an int as i64 for a native function argument, or a TypeError.
/// An integer argument of any size (`__index__` asked for objects that are not ints).
pub fn to_bigint(vm: &mut Vm, v: &Value) -> PyResult<num_bigint::BigInt> {
    if super::dunder::is_user(v)
        && let Some(i) = super::class::call_special(vm, v, "__index__", &[])?
    {
        return to_bigint(vm, &i);
    }
    through_base!(v);
    match IntRef::of(v) {
        Some(i) => Ok(i.to_big()),
        None => {
            Err(vm.type_error(format!("'{}' object cannot be interpreted as an integer", type_name(vm, v))))
        }
    }
}

pub fn to_i64(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    if super::dunder::is_user(v)
        && let Some(i) = super::class::call_special(vm, v, "__index__", &[])?
    {
        return to_i64(vm, &i);
    }
    through_base!(v);
    match IntRef::of(v) {
        Some(IntRef::Small(i)) => Ok(i),
        Some(IntRef::Big(_)) => Err(vm.overflow_error("Python int too large to convert to C long".into())),
        None => {
            Err(vm.type_error(format!("'{}' object cannot be interpreted as an integer", type_name(vm, v))))
        }
    }
}

/// A float argument (ints convert).
pub fn to_f64(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    if super::dunder::is_user(v)
        && let Some(f) = super::class::call_special(vm, v, "__float__", &[])?
    {
        return to_f64(vm, &f);
    }
    through_base!(v);
    match v {
        Value::Float(f) => Ok(*f),
        _ => match IntRef::of(v) {
            Some(i) => {
                i.to_f64().ok_or_else(|| vm.overflow_error("int too large to convert to float".into()))
            }
            None => Err(vm.type_error(format!("must be real number, not {}", type_name(vm, v)))),
        },
    }
}

/// Positional-only argument count check for a builtin.
pub fn check_args(vm: &mut Vm, name: &str, args: &Args, min: usize, max: usize) -> PyResult<()> {
    let n = args.pos().len();
    if args.has_kwargs() {
        return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
    }
    if n < min || n > max {
        return Err(vm.type_error(if min == max {
            match min {
                0 => format!("{name}() takes no arguments ({n} given)"),
                1 => format!("{name}() takes exactly one argument ({n} given)"),
                _ => format!("{name} expected {min} arguments, got {n}"),
            }
        } else if n < min {
            format!("{name} expected at least {min} argument{}, got {n}", if min == 1 { "" } else { "s" })
        } else {
            format!("{name} expected at most {max} argument{}, got {n}", if max == 1 { "" } else { "s" })
        }));
    }
    Ok(())
}
