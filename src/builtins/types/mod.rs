//! Method tables of the builtin types, one file per type. `method` finds a method by the
//! type's kind and the name; `LOAD_ATTR` and `getattr` go through it.

pub mod bytes;
pub mod dict;
pub mod generator;
pub mod list;
pub mod memoryview;
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
    if matches!(kind, TypeKind::Exception | TypeKind::WeakRef | TypeKind::WeakProxy) {
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
        TypeKind::Bytes => bytes::BYTES_METHODS,
        TypeKind::ByteArray => bytes::BYTEARRAY_METHODS,
        TypeKind::MemoryView => memoryview::METHODS,
        TypeKind::Complex => numbers::COMPLEX_METHODS,
        TypeKind::Range => tuple::RANGE_METHODS,
        TypeKind::Slice => tuple::SLICE_METHODS,
        TypeKind::Object | TypeKind::Instance => OBJECT_METHODS,
        TypeKind::Property => PROPERTY_METHODS,
        TypeKind::Descriptor => DESCRIPTOR_METHODS,
        TypeKind::WeakRef => WEAKREF_METHODS,
        TypeKind::Code => CODE_METHODS,
        TypeKind::Frame => FRAME_METHODS,
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
    "__subclasshook__" => object_subclasshook,
);

/// `object.__subclasshook__(subclass)`, a class method: no opinion, so `issubclass` goes on
/// with the ABC's registry (`NotImplemented`).
fn object_subclasshook(
    _vm: &mut crate::interp::Vm,
    _this: &crate::object::value::Value,
    _args: crate::object::function::Args,
) -> crate::interp::PyResult<crate::object::value::Value> {
    Ok(crate::object::value::Value::NotImplemented)
}

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

/// Methods of frame objects.
pub static FRAME_METHODS: &[NativeMethod] = crate::methods!("frame";
    "clear" => frame_clear,
);

/// `frame.clear()`: a snapshot holds no running frame, so there is nothing to let go of
/// (`traceback.clear_frames` calls it).
fn frame_clear(
    _vm: &mut crate::interp::Vm,
    _this: &crate::object::value::Value,
    _args: crate::object::function::Args,
) -> crate::interp::PyResult<crate::object::value::Value> {
    Ok(crate::object::value::Value::None)
}

/// Methods of code objects (`traceback` and `dis` read positions through them).
pub static CODE_METHODS: &[NativeMethod] = crate::methods!("code";
    "co_positions" => code_positions,
    "co_lines" => code_lines,
);

fn code_of(v: &crate::object::value::Value) -> Option<std::rc::Rc<crate::interp::code::Code>> {
    match v {
        crate::object::value::Value::Object(o) => match &**o {
            crate::object::misc::Object::Code(c) => Some(c.clone()),
            _ => None,
        },
        _ => None,
    }
}

/// `code.co_positions()`: `(line, end_line, column, end_column)` for each code unit.
fn code_positions(
    vm: &mut crate::interp::Vm,
    this: &crate::object::value::Value,
    args: crate::object::function::Args,
) -> crate::interp::PyResult<crate::object::value::Value> {
    use crate::object::value::Value;
    crate::object::protocol::check_args(vm, "co_positions", &args, 0, 0)?;
    let Some(code) = code_of(this) else {
        return Err(vm.type_error("co_positions() needs a code object".into()));
    };
    let opt = |v: Option<i64>| v.map_or(Value::None, Value::Int);
    let items: Vec<Value> = code
        .object
        .positions
        .iter()
        .map(|p| {
            Value::tuple(vec![
                opt(p.line.map(i64::from)),
                opt(p.end_line.map(i64::from)),
                opt(p.col.map(i64::from)),
                opt(p.end_col.map(i64::from)),
            ])
        })
        .collect();
    crate::object::protocol::iter(vm, &Value::list(items))
}

/// `code.co_lines()`: `(start, end, line)` for each run of bytecode offsets on one line.
fn code_lines(
    vm: &mut crate::interp::Vm,
    this: &crate::object::value::Value,
    args: crate::object::function::Args,
) -> crate::interp::PyResult<crate::object::value::Value> {
    use crate::object::value::Value;
    crate::object::protocol::check_args(vm, "co_lines", &args, 0, 0)?;
    let Some(code) = code_of(this) else {
        return Err(vm.type_error("co_lines() needs a code object".into()));
    };
    let positions = &code.object.positions;
    let mut items = Vec::new();
    let mut start = 0;
    while start < positions.len() {
        let line = positions[start].line;
        let mut end = start + 1;
        while end < positions.len() && positions[end].line == line {
            end += 1;
        }
        let line = line.map_or(Value::None, |l| Value::Int(l as i64));
        items.push(Value::tuple(vec![Value::Int(start as i64 * 2), Value::Int(end as i64 * 2), line]));
        start = end;
    }
    crate::object::protocol::iter(vm, &Value::list(items))
}

/// Methods of `weakref.ReferenceType`, for subclasses (`KeyedRef`) that reach them by lookup.
pub static WEAKREF_METHODS: &[NativeMethod] = crate::methods!("weakref.ReferenceType";
    "__call__" => weakref_call,
    "__init__" => weakref_init,
);

/// `ref.__init__(ob, callback=None)`: the reference was made by `__new__`; a subclass's
/// `__init__` reaches this through `super()`.
fn weakref_init(
    vm: &mut crate::interp::Vm,
    _this: &crate::object::value::Value,
    args: crate::object::function::Args,
) -> crate::interp::PyResult<crate::object::value::Value> {
    crate::object::protocol::check_args(vm, "__init__", &args, 1, 2)?;
    Ok(crate::object::value::Value::None)
}

fn weakref_call(
    vm: &mut crate::interp::Vm,
    this: &crate::object::value::Value,
    args: crate::object::function::Args,
) -> crate::interp::PyResult<crate::object::value::Value> {
    crate::object::protocol::check_args(vm, "weakref", &args, 0, 0)?;
    match crate::modules::weakref::as_weakref(this) {
        Some(w) => Ok(crate::modules::weakref::call(w)),
        None => Err(vm.type_error("descriptor '__call__' requires a 'weakref.ReferenceType' object".into())),
    }
}

/// Methods of `getset_descriptor` and `member_descriptor` (`type.__dict__['__mro__']`, which
/// `inspect` calls to read a class's MRO past any `__getattr__`).
pub static DESCRIPTOR_METHODS: &[NativeMethod] = crate::methods!("getset_descriptor";
    "__get__" => descriptor_get,
);

/// `descriptor.__get__(obj, owner=None)`: the attribute of `obj`, or the descriptor itself
/// when read from the class (`obj` None).
fn descriptor_get(
    vm: &mut crate::interp::Vm,
    this: &crate::object::value::Value,
    args: crate::object::function::Args,
) -> crate::interp::PyResult<crate::object::value::Value> {
    use crate::object::exception::PyErr;
    use crate::object::misc::Object;
    use crate::object::value::Value;
    crate::object::protocol::check_args(vm, "__get__", &args, 1, 2)?;
    let Value::Object(o) = this else { return Err(PyErr::fault("__get__ of a non-descriptor")) };
    let Object::Descriptor { name, .. } = &**o else {
        return Err(PyErr::fault("__get__ of a non-descriptor"));
    };
    let obj = &args.pos()[0];
    if obj.is_none() {
        return Ok(this.clone());
    }
    crate::object::attr::getattr(vm, obj, &crate::object::str::PyStr::new(name))
}

pub static PROPERTY_METHODS: &[NativeMethod] = crate::methods!("property";
    "getter" => crate::builtins::classes::property_getter,
    "setter" => crate::builtins::classes::property_setter,
    "deleter" => crate::builtins::classes::property_deleter,
);
