//! Method tables of the builtin types, one file per type. `method` finds a method by the
//! type's kind and the name; `LOAD_ATTR` and `getattr` go through it.

pub mod dict;
pub mod generator;
pub mod list;
pub mod numbers;
pub mod set;
pub mod str;
pub mod tuple;

use crate::object::function::NativeMethod;
use crate::object::types::TypeKind;

/// Builds a static method table: `methods!("list"; "append" => append, ...)`.
#[macro_export]
macro_rules! methods {
    ($owner:literal; $($name:literal => $f:path),* $(,)?) => {
        &[ $( $crate::object::function::NativeMethod { name: $name, owner: $owner, func: $f }, )* ]
    };
}

/// The method `name` of builtin type `kind`, if it has one.
pub fn method(kind: TypeKind, name: &str) -> Option<&'static NativeMethod> {
    let table: &'static [NativeMethod] = match kind {
        TypeKind::Str => str::METHODS,
        TypeKind::List => list::METHODS,
        TypeKind::Dict => dict::METHODS,
        TypeKind::Set => set::METHODS,
        TypeKind::FrozenSet => set::FROZEN_METHODS,
        TypeKind::Tuple => tuple::METHODS,
        TypeKind::Int | TypeKind::Bool => numbers::INT_METHODS,
        TypeKind::Float => numbers::FLOAT_METHODS,
        TypeKind::Bytes => numbers::BYTES_METHODS,
        TypeKind::ByteArray => numbers::BYTEARRAY_METHODS,
        TypeKind::Complex => numbers::COMPLEX_METHODS,
        TypeKind::Range => tuple::RANGE_METHODS,
        TypeKind::Slice => tuple::SLICE_METHODS,
        TypeKind::DictView => dict::VIEW_METHODS,
        TypeKind::Generator => generator::METHODS,
        _ => return None,
    };
    table.iter().find(|m| m.name == name)
}
