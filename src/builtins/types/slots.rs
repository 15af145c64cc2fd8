//! The dunder methods of builtin types (`list.__getitem__`, `dict.__setitem__`,
//! `int.__add__`, …), as reached by `super().__setitem__(k, v)` in a subclass or by an
//! explicit `dict.__setitem__(d, k, v)`. Each one runs the builtin operation on the
//! builtin value itself, so a subclass's override is not called again.

use crate::interp::{PyResult, Vm};
use crate::object::function::{Args, NativeMethod};
use crate::object::protocol::{self, CompareOp, check_args};
use crate::object::types::TypeKind;
use crate::object::value::Value;

/// Dunders every container kind has.
static CONTAINER: &[NativeMethod] = crate::methods!("container";
    "__getitem__" => getitem, "__len__" => len, "__contains__" => contains, "__iter__" => iter,
    "__eq__" => eq, "__ne__" => ne, "__repr__" => repr,
);

/// Dunders of mutable containers (list, dict).
static MUTABLE: &[NativeMethod] = crate::methods!("container";
    "__setitem__" => setitem, "__delitem__" => delitem,
);

/// Dunders of ordered sequences and numbers.
static ORDERED: &[NativeMethod] = crate::methods!("sequence";
    "__lt__" => lt, "__le__" => le, "__gt__" => gt, "__ge__" => ge, "__add__" => add, "__mul__" => mul,
);

/// Dunders of numbers.
static NUMBER: &[NativeMethod] = crate::methods!("number";
    "__sub__" => sub, "__truediv__" => truediv, "__floordiv__" => floordiv, "__mod__" => modulo,
    "__pow__" => pow, "__neg__" => neg, "__eq__" => eq, "__ne__" => ne, "__repr__" => repr,
    "__bool__" => bool_, "__hash__" => hash,
);

/// The dunder `name` of a builtin type of `kind`, if it has one.
pub fn slot(kind: TypeKind, name: &str) -> Option<&'static NativeMethod> {
    let tables: &[&'static [NativeMethod]] = match kind {
        TypeKind::List | TypeKind::Dict | TypeKind::ByteArray => &[CONTAINER, MUTABLE, ORDERED],
        TypeKind::MemoryView => &[CONTAINER, MUTABLE],
        TypeKind::Tuple | TypeKind::Str | TypeKind::Bytes => &[CONTAINER, ORDERED],
        TypeKind::Set | TypeKind::FrozenSet => &[CONTAINER],
        TypeKind::Int | TypeKind::Bool | TypeKind::Float => &[NUMBER, ORDERED],
        _ => return None,
    };
    let found = tables.iter().flat_map(|t| t.iter()).find(|m| m.name == name)?;
    // Dicts and sets are not ordered and do not add; sets cannot be indexed.
    let unsupported = match kind {
        TypeKind::Dict => matches!(name, "__lt__" | "__le__" | "__gt__" | "__ge__" | "__add__" | "__mul__"),
        TypeKind::Set | TypeKind::FrozenSet => name == "__getitem__",
        _ => false,
    };
    (!unsupported).then_some(found)
}

fn one(vm: &mut Vm, name: &str, args: &Args) -> PyResult<Value> {
    check_args(vm, name, args, 1, 1)?;
    Ok(args.pos()[0].clone())
}

fn getitem(vm: &mut Vm, this: &Value, args: Args) -> PyResult<Value> {
    let key = one(vm, "__getitem__", &args)?;
    protocol::getitem(vm, this, &key)
}

fn setitem(vm: &mut Vm, this: &Value, args: Args) -> PyResult<Value> {
    check_args(vm, "__setitem__", &args, 2, 2)?;
    protocol::setitem(vm, this, &args.pos()[0], args.pos()[1].clone())?;
    Ok(Value::None)
}

fn delitem(vm: &mut Vm, this: &Value, args: Args) -> PyResult<Value> {
    let key = one(vm, "__delitem__", &args)?;
    protocol::delitem(vm, this, &key)?;
    Ok(Value::None)
}

fn len(vm: &mut Vm, this: &Value, args: Args) -> PyResult<Value> {
    check_args(vm, "__len__", &args, 0, 0)?;
    Ok(Value::Int(protocol::len(vm, this)? as i64))
}

fn contains(vm: &mut Vm, this: &Value, args: Args) -> PyResult<Value> {
    let item = one(vm, "__contains__", &args)?;
    Ok(Value::Bool(protocol::contains(vm, this, &item)?))
}

fn iter(vm: &mut Vm, this: &Value, args: Args) -> PyResult<Value> {
    check_args(vm, "__iter__", &args, 0, 0)?;
    protocol::iter(vm, this)
}

fn repr(vm: &mut Vm, this: &Value, args: Args) -> PyResult<Value> {
    check_args(vm, "__repr__", &args, 0, 0)?;
    Ok(Value::str(&protocol::repr(vm, this)?))
}

fn bool_(vm: &mut Vm, this: &Value, args: Args) -> PyResult<Value> {
    check_args(vm, "__bool__", &args, 0, 0)?;
    Ok(Value::Bool(protocol::truthy(vm, this)?))
}

fn hash(vm: &mut Vm, this: &Value, args: Args) -> PyResult<Value> {
    check_args(vm, "__hash__", &args, 0, 0)?;
    Ok(Value::Int(protocol::hash(vm, this)?))
}

fn neg(vm: &mut Vm, this: &Value, args: Args) -> PyResult<Value> {
    check_args(vm, "__neg__", &args, 0, 0)?;
    protocol::neg(vm, this)
}

/// Defines dunders that forward one argument to a protocol operation: a comparison
/// (`cmp`) or a `BINARY_OP` (`bin`, by its oparg).
macro_rules! forward {
    ($(cmp $f:ident $name:literal $op:ident;)* $(bin $g:ident $bname:literal $oparg:expr;)*) => {
        $(fn $f(vm: &mut Vm, this: &Value, args: Args) -> PyResult<Value> {
            let other = one(vm, $name, &args)?;
            protocol::compare(vm, this, &other, CompareOp::$op)
        })*
        $(fn $g(vm: &mut Vm, this: &Value, args: Args) -> PyResult<Value> {
            let other = one(vm, $bname, &args)?;
            protocol::binary_op(vm, this, &other, $oparg)
        })*
    };
}

forward! {
    cmp eq "__eq__" Eq;
    cmp ne "__ne__" Ne;
    cmp lt "__lt__" Lt;
    cmp le "__le__" Le;
    cmp gt "__gt__" Gt;
    cmp ge "__ge__" Ge;
    bin add "__add__" protocol::nb::ADD;
    bin floordiv "__floordiv__" protocol::nb::FLOOR_DIVIDE;
    bin mul "__mul__" protocol::nb::MULTIPLY;
    bin modulo "__mod__" protocol::nb::REMAINDER;
    bin pow "__pow__" protocol::nb::POWER;
    bin sub "__sub__" protocol::nb::SUBTRACT;
    bin truediv "__truediv__" protocol::nb::TRUE_DIVIDE;
}
