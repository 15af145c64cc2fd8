//! The data model for classes defined in Python: each protocol asks here first when an
//! operand's class is a Python class, and the special method found on the class (never on the
//! instance) decides, with CPython's reflected-operand and fallback rules.

use std::rc::Rc;

use super::class::{call_special, special};
use super::protocol::{CompareOp, type_name, type_of};
use super::value::Value;
use crate::interp::{PyResult, Vm};

/// Whether `v`'s class is defined in Python (so special methods may apply).
#[inline]
pub fn is_user(v: &Value) -> bool {
    match v {
        Value::Instance(_) => true,
        Value::Exception(e) => e.typ.heap,
        // A class whose metaclass is a Python class: `iter(Color)` runs the metaclass's `__iter__`.
        Value::Type(t) => t.metaclass.borrow().is_some(),
        _ => false,
    }
}

fn is_not_implemented(v: &Value) -> bool {
    matches!(v, Value::NotImplemented)
}

/// `repr(v)` for a Python class: `__repr__`, or `<module.Name object at 0x…>`.
pub fn repr(vm: &mut Vm, v: &Value) -> PyResult<Option<String>> {
    if let Some(r) = call_special(vm, v, "__repr__", &[])? {
        return match r {
            Value::Str(s) => Ok(Some(s.as_str().to_string())),
            other => {
                Err(vm.type_error(format!("__repr__ returned non-string (type {})", type_name(vm, &other))))
            }
        };
    }
    if let Value::Instance(inst) = v {
        if !inst.base.is_null() {
            return super::protocol::repr(vm, &inst.base).map(Some);
        }
        let t = &inst.typ().clone();
        return Ok(Some(format!("<{}.{} object at {:#x}>", t.module, t.qualname, v.identity().unwrap_or(0))));
    }
    Ok(None)
}

/// `str(v)`: `__str__`, else `repr`.
pub fn str(vm: &mut Vm, v: &Value) -> PyResult<Option<String>> {
    if let Some(r) = call_special(vm, v, "__str__", &[])? {
        return match r {
            Value::Str(s) => Ok(Some(s.as_str().to_string())),
            other => {
                Err(vm.type_error(format!("__str__ returned non-string (type {})", type_name(vm, &other))))
            }
        };
    }
    // Only str itself has its own `__str__` among the builtin bases; the rest show their repr.
    if let Value::Instance(inst) = v {
        if let Value::Str(s) = &inst.base {
            return Ok(Some(s.as_str().to_string()));
        }
        return repr(vm, v);
    }
    Ok(None)
}

/// `hash(v)`: `__hash__`, unhashable when the class set it to None (as defining `__eq__`
/// alone does), else by identity.
pub fn hash(vm: &mut Vm, v: &Value) -> PyResult<Option<i64>> {
    match special(vm, v, "__hash__") {
        Some(Value::None) => Err(vm.type_error(format!("unhashable type: '{}'", type_name(vm, v)))),
        Some(_) => match call_special(vm, v, "__hash__", &[])? {
            Some(Value::Int(h)) => Ok(Some(if h == -1 { -2 } else { h })),
            Some(Value::Bool(b)) => Ok(Some(b as i64)),
            Some(Value::BigInt(b)) => Ok(Some(super::hash::hash_bigint(&b))),
            _ => Err(vm.type_error("__hash__ method should return an integer".into())),
        },
        // A subclass of a builtin type hashes as its builtin value does.
        None if matches!(v, Value::Instance(i) if !i.base.is_null()) => Ok(None),
        None => Ok(Some((v.identity().unwrap_or(0) >> 4) as i64)),
    }
}

/// The builtin value inside an instance of a subclass of a builtin type, or `v` itself.
pub fn builtin_value(v: &Value) -> &Value {
    match v {
        Value::Instance(i) if !i.base.is_null() => &i.base,
        _ => v,
    }
}

/// `bool(v)`: `__bool__`, else `__len__ != 0`, else true.
pub fn truthy(vm: &mut Vm, v: &Value) -> PyResult<Option<bool>> {
    if let Some(r) = call_special(vm, v, "__bool__", &[])? {
        return match r {
            Value::Bool(b) => Ok(Some(b)),
            other => {
                Err(vm.type_error(format!("__bool__ should return bool, returned {}", type_name(vm, &other))))
            }
        };
    }
    if special(vm, v, "__len__").is_some() {
        return Ok(Some(len(vm, v)?.unwrap_or(0) != 0));
    }
    Ok(Some(true))
}

/// `len(v)` through `__len__`.
pub fn len(vm: &mut Vm, v: &Value) -> PyResult<Option<usize>> {
    match call_special(vm, v, "__len__", &[])? {
        None => Ok(None),
        Some(Value::Int(n)) if n >= 0 => Ok(Some(n as usize)),
        Some(Value::Int(_)) => Err(vm.value_error("__len__() should return >= 0".into())),
        Some(Value::Bool(b)) => Ok(Some(b as usize)),
        Some(other) => Err(
            vm.type_error(format!("'{}' object cannot be interpreted as an integer", type_name(vm, &other)))
        ),
    }
}

/// Method names per `BINARY_OP` operator: (normal, reflected, in-place).
const BINARY: [(&str, &str, &str); 13] = [
    ("__add__", "__radd__", "__iadd__"),
    ("__and__", "__rand__", "__iand__"),
    ("__floordiv__", "__rfloordiv__", "__ifloordiv__"),
    ("__lshift__", "__rlshift__", "__ilshift__"),
    ("__matmul__", "__rmatmul__", "__imatmul__"),
    ("__mul__", "__rmul__", "__imul__"),
    ("__mod__", "__rmod__", "__imod__"),
    ("__or__", "__ror__", "__ior__"),
    ("__pow__", "__rpow__", "__ipow__"),
    ("__rshift__", "__rrshift__", "__irshift__"),
    ("__sub__", "__rsub__", "__isub__"),
    ("__truediv__", "__rtruediv__", "__itruediv__"),
    ("__xor__", "__rxor__", "__ixor__"),
];

/// Tries `method` of `target` with `arg`; `None` if undefined or it returned NotImplemented.
fn try_call(vm: &mut Vm, target: &Value, method: &str, arg: &Value) -> PyResult<Option<Value>> {
    if !is_user(target) {
        return Ok(None);
    }
    match call_special(vm, target, method, std::slice::from_ref(arg))? {
        Some(r) if !is_not_implemented(&r) => Ok(Some(r)),
        _ => Ok(None),
    }
}

/// `a <op> b` when either operand's class is defined in Python: the in-place method first for
/// in-place operators, the right operand's reflected method first when its class is a proper
/// subclass of the left's that overrides it, then the left's method, then the right's.
pub fn binary_op(vm: &mut Vm, a: &Value, b: &Value, op: u32) -> PyResult<Option<Value>> {
    let (name, rname, iname) = BINARY[(op % 13) as usize];
    if op >= 13
        && let Some(r) = try_call(vm, a, iname, b)?
    {
        return Ok(Some(r));
    }
    let (ta, tb) = (type_of(vm, a), type_of(vm, b));
    let same = Rc::ptr_eq(&ta, &tb);
    if !same
        && tb.is_subtype(&ta)
        && special(vm, b, rname).is_some()
        && let Some(r) = try_call(vm, b, rname, a)?
    {
        return Ok(Some(r));
    }
    if let Some(r) = try_call(vm, a, name, b)? {
        return Ok(Some(r));
    }
    if !same && let Some(r) = try_call(vm, b, rname, a)? {
        return Ok(Some(r));
    }
    Ok(None)
}

/// `a <op> b` for rich comparisons, with the reflected method and `__ne__` from `__eq__`.
pub fn compare(vm: &mut Vm, a: &Value, b: &Value, op: CompareOp) -> PyResult<Option<Value>> {
    let (name, reflected) = match op {
        CompareOp::Lt => ("__lt__", "__gt__"),
        CompareOp::Le => ("__le__", "__ge__"),
        CompareOp::Eq => ("__eq__", "__eq__"),
        CompareOp::Ne => ("__ne__", "__ne__"),
        CompareOp::Gt => ("__gt__", "__lt__"),
        CompareOp::Ge => ("__ge__", "__le__"),
    };
    let (ta, tb) = (type_of(vm, a), type_of(vm, b));
    if !Rc::ptr_eq(&ta, &tb)
        && tb.is_subtype(&ta)
        && special(vm, b, reflected).is_some()
        && let Some(r) = try_call(vm, b, reflected, a)?
    {
        return Ok(Some(r));
    }
    if let Some(r) = try_call(vm, a, name, b)? {
        return Ok(Some(r));
    }
    if let Some(r) = try_call(vm, b, reflected, a)? {
        return Ok(Some(r));
    }
    // `object.__ne__` inverts `__eq__` unless that is NotImplemented.
    if op == CompareOp::Ne
        && (special(vm, a, "__eq__").is_some() || special(vm, b, "__eq__").is_some())
        && let Some(r) = compare(vm, a, b, CompareOp::Eq)?
    {
        let t = super::protocol::truthy(vm, &r)?;
        return Ok(Some(Value::Bool(!t)));
    }
    Ok(None)
}

/// Calls a unary special method (`__neg__`, `__pos__`, `__invert__`, `__abs__`, …).
pub fn unary(vm: &mut Vm, v: &Value, name: &str) -> PyResult<Option<Value>> {
    call_special(vm, v, name, &[])
}
