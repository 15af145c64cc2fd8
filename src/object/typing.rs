//! The two typing objects that annotations build at run time: `list[int]` (a
//! `types.GenericAlias`) and `int | None` (a `types.UnionType`). Annotations are evaluated
//! when a function or class is defined, so even code that never inspects them needs these.

use std::rc::Rc;

use super::misc::Object;
use super::types::{Type, TypeKind};
use super::value::Value;
use crate::interp::{PyResult, Vm};

/// Whether `t[...]` makes a generic alias (the builtin generic classes).
pub fn is_generic_builtin(t: &Type) -> bool {
    !t.heap
        && matches!(
            t.kind,
            TypeKind::List
                | TypeKind::Dict
                | TypeKind::Tuple
                | TypeKind::Type
                | TypeKind::Set
                | TypeKind::FrozenSet
        )
}

/// `origin[key]`: the arguments are the key, or its items when it is a tuple.
pub fn generic_alias(origin: &Value, key: &Value) -> Value {
    let args = match key {
        Value::Tuple(_) => key.clone(),
        _ => Value::tuple(vec![key.clone()]),
    };
    Value::object(Object::GenericAlias { origin: origin.clone(), args })
}

/// Whether `v` can be an operand of `|` that builds a union.
fn is_union_operand(v: &Value) -> bool {
    match v {
        Value::Type(_) | Value::None => true,
        Value::Object(o) => matches!(&**o, Object::GenericAlias { .. } | Object::Union(_)),
        _ => false,
    }
}

/// `a | b` for types, None, aliases and unions; None when the operands are not those.
pub fn union(vm: &Vm, a: &Value, b: &Value) -> Option<Value> {
    if !(is_union_operand(a) && is_union_operand(b)) {
        return None;
    }
    let mut members: Vec<Value> = Vec::new();
    for side in [a, b] {
        let parts = match side {
            Value::Object(o) if let Object::Union(items) = &**o => items.clone(),
            Value::None => vec![Value::Type(vm.types.none.clone())],
            other => vec![other.clone()],
        };
        for p in parts {
            if !members.iter().any(|m| same_member(m, &p)) {
                members.push(p);
            }
        }
    }
    if let [only] = members.as_slice() {
        return Some(only.clone());
    }
    Some(Value::object(Object::Union(members)))
}

fn same_member(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Type(x), Value::Type(y)) => Rc::ptr_eq(x, y),
        _ => a.is(b),
    }
}

/// How typing shows a type inside an alias: `int`, `__main__.Node`, `...`, else its repr.
fn type_repr(vm: &mut Vm, v: &Value) -> PyResult<String> {
    match v {
        Value::Type(t) if Rc::ptr_eq(t, &vm.types.none) => Ok("None".into()),
        Value::Type(t) if t.module == "builtins" => Ok(t.qualname.clone()),
        Value::Type(t) => Ok(format!("{}.{}", t.module, t.qualname)),
        Value::Ellipsis => Ok("...".into()),
        _ => super::protocol::repr(vm, v),
    }
}

/// `repr(list[int])`, `repr(int | None)`.
pub fn repr(vm: &mut Vm, o: &Object) -> PyResult<String> {
    match o {
        Object::GenericAlias { origin, args } => {
            let mut parts = Vec::new();
            if let Value::Tuple(t) = args {
                for a in t.items() {
                    parts.push(type_repr(vm, a)?);
                }
            }
            let inner = if parts.is_empty() { "()".to_string() } else { parts.join(", ") };
            Ok(format!("{}[{inner}]", type_repr(vm, origin)?))
        }
        Object::Union(members) => {
            let mut parts = Vec::new();
            for m in members {
                parts.push(type_repr(vm, m)?);
            }
            Ok(parts.join(" | "))
        }
        _ => Ok(String::new()),
    }
}
