//! Method tables of the builtin types, one file per type. `method` finds a method by the
//! type's kind and the name; `LOAD_ATTR` and `getattr` go through it.

pub mod bytes_extra;
pub mod dict;
pub mod generator;
pub mod list;
pub mod numbers;
pub mod set;
pub mod slots;
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
    if let Some(class) = kind.io_class() {
        return crate::modules::io::method(class, name).or_else(|| slots::slot(kind, name));
    }
    let found = table(kind).iter().find(|m| m.name == name);
    if kind == TypeKind::Exception {
        return found.or_else(|| OBJECT_METHODS.iter().find(|m| m.name == name));
    }
    found.or_else(|| slots::slot(kind, name))
}

/// Whether `m` is a method of builtin type `kind`, as `method(kind, m.name)` would find it:
/// an address comparison in `kind`'s own table first (the common case, no name search).
pub fn applies(kind: TypeKind, m: &'static NativeMethod) -> bool {
    table(kind).as_ptr_range().contains(&(m as *const NativeMethod))
        || method(kind, m.name).is_some_and(|found| std::ptr::eq(found, m))
}

/// The names of the methods of builtin type `kind`, for `dir()`.
pub fn method_names(kind: TypeKind) -> Vec<&'static str> {
    if let Some(class) = kind.io_class() {
        return crate::modules::io::method_names(class);
    }
    table(kind).iter().map(|m| m.name).collect()
}

/// The method table of a builtin type's kind (exceptions add `object`'s).
fn table(kind: TypeKind) -> &'static [NativeMethod] {
    match kind {
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
        TypeKind::Object | TypeKind::Instance => OBJECT_METHODS,
        TypeKind::Property => PROPERTY_METHODS,
        TypeKind::Type => TYPE_METHODS,
        TypeKind::Exception => EXCEPTION_METHODS,
        TypeKind::DictView => dict::VIEW_METHODS,
        TypeKind::Generator => generator::METHODS,
        TypeKind::Coroutine => generator::COROUTINE_METHODS,
        TypeKind::AsyncGenerator => generator::ASYNC_GEN_METHODS,
        TypeKind::AsyncGenOp => generator::ASYNC_OP_METHODS,
        _ => &[],
    }
}

/// Methods of `object`, reached through `super()` or explicit `object.method(self, …)` calls.
pub static OBJECT_METHODS: &[NativeMethod] = crate::methods!("object";
    "__init__" => crate::builtins::classes::object_init,
    "__new__" => crate::builtins::classes::object_new,
    "__repr__" => crate::builtins::classes::object_repr,
    "__str__" => crate::builtins::classes::object_str,
    "__eq__" => crate::builtins::classes::object_eq,
    "__ne__" => crate::builtins::classes::object_ne,
    "__hash__" => crate::builtins::classes::object_hash,
    "__setattr__" => crate::builtins::classes::object_setattr,
    "__delattr__" => crate::builtins::classes::object_delattr,
    "__getattribute__" => crate::builtins::classes::object_getattribute,
    "__init_subclass__" => crate::builtins::classes::object_init_subclass,
    "__format__" => crate::builtins::classes::object_format,
);

/// Methods of `BaseException`.
pub static EXCEPTION_METHODS: &[NativeMethod] = crate::methods!("BaseException";
    "__init__" => crate::builtins::classes::exception_init,
    "__str__" => crate::builtins::classes::exception_str,
    "with_traceback" => crate::builtins::classes::exception_with_traceback,
    "add_note" => crate::builtins::classes::exception_add_note,
);

/// Methods of `type` called on a class.
pub static TYPE_METHODS: &[NativeMethod] = crate::methods!("type";
    "mro" => crate::builtins::classes::type_mro,
    "__subclasses__" => crate::builtins::classes::type_subclasses,
    "__call__" => crate::builtins::classes::type_call,
    "__init__" => crate::builtins::classes::type_init,
    "__setattr__" => crate::builtins::classes::type_setattr,
    "__delattr__" => crate::builtins::classes::type_delattr,
);

/// Methods of `BaseExceptionGroup`.
pub static GROUP_METHODS: &[NativeMethod] = crate::methods!("BaseExceptionGroup";
    "split" => crate::object::exception_group::split_method,
    "subgroup" => crate::object::exception_group::subgroup_method,
    "derive" => crate::object::exception_group::derive_method,
);

pub static PROPERTY_METHODS: &[NativeMethod] = crate::methods!("property";
    "getter" => crate::builtins::classes::property_getter,
    "setter" => crate::builtins::classes::property_setter,
    "deleter" => crate::builtins::classes::property_deleter,
);
