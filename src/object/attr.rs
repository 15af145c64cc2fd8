//! Attribute access: `getattr`, `setattr`, and the method lookup behind `LOAD_ATTR`'s method
//! form. Builtin types find their methods in the static tables of `builtins::types`.

use std::rc::Rc;

use super::function::{Builtin, BuiltinKind, NativeMethod};
use super::misc::Object;
use super::protocol::{self, type_name};
use super::str::PyStr;
use super::value::Value;
use crate::interp::{PyResult, Vm};

/// Builtin methods that are classmethods: looked up on the type, they bind to it.
pub const CLASS_METHODS: &[&str] = &["fromkeys", "fromhex", "maketrans", "from_bytes"];

/// The unbound method `name` that `LOAD_ATTR`'s method form can push with `obj` as self: a
/// builtin method of `obj`'s type, or a Python function found on its class and not shadowed by
/// an instance attribute. `None` means "look the attribute up normally".
pub fn lookup_method(vm: &Vm, obj: &Value, name: &PyStr) -> Option<Value> {
    // On a class, the method form is plain getattr (as CPython's `type` has its own
    // `tp_getattro`): `Base.__init__` is the class's function, unbound, not `type.__init__`,
    // and `object.__setattr__` is the builtin's own unbound method.
    if let Value::Type(_) = obj {
        return None;
    }
    // Static methods of builtin types (`'x'.maketrans(…)`) take no self.
    if name.as_str() == "maketrans" {
        return None;
    }
    let typ = protocol::type_of(vm, obj);
    if typ.heap {
        let found = super::class::lookup(&typ, name)?;
        let shadowed = match obj {
            Value::Instance(inst) => inst.contains(name),
            Value::Exception(e) => e.attrs.get_str(name).is_some(),
            _ => true,
        };
        return match found {
            Value::Function(_) | Value::NativeMethod(_) if !shadowed => Some(found),
            _ => None,
        };
    }
    crate::builtins::types::method(typ.kind, name.as_str()).map(Value::NativeMethod)
}

/// Applies the descriptor protocol to a class attribute found for `obj` (an instance, or the
/// class itself when `obj` is a type): functions bind, classmethods bind to the class,
/// staticmethods unwrap, properties run their getter, and classes with `__get__` are asked.
pub fn bind_descriptor(
    vm: &mut Vm,
    descr: Value,
    obj: &Value,
    typ: &Rc<super::types::Type>,
) -> PyResult<Value> {
    // Found on the class itself (or a base), not on its metaclass: nothing to bind to.
    let on_class = matches!(obj, Value::Type(t) if t.is_subtype(typ));
    match &descr {
        Value::Function(_) if !on_class => {
            Ok(Value::object(Object::BoundMethod { func: descr, self_: obj.clone() }))
        }
        Value::NativeMethod(m) if !on_class || m.name == "__init_subclass__" => Ok(bind(obj, m)),
        Value::Object(o) => match &**o {
            Object::ClassMethod(f) => {
                let cls = if on_class { obj.clone() } else { Value::Type(typ.clone()) };
                Ok(Value::object(Object::BoundMethod { func: f.clone(), self_: cls }))
            }
            Object::StaticMethod(f) => Ok(f.clone()),
            Object::Property { fget, .. } if !on_class => {
                if fget.is_none() {
                    return Err(vm.attribute_error(format!(
                        "property of '{}' object has no getter",
                        type_name(vm, obj)
                    )));
                }
                let fget = fget.clone();
                vm.call(&fget, std::slice::from_ref(obj), &[])
            }
            _ => Ok(descr),
        },
        Value::Instance(inst) => {
            if super::class::special(vm, &descr, "__get__").is_some() {
                let owner = Value::Type(typ.clone());
                let instance = if on_class { Value::None } else { obj.clone() };
                return super::class::call_special(vm, &descr, "__get__", &[instance, owner])
                    .map(|r| r.unwrap_or(Value::None));
            }
            // A subclass of classmethod, staticmethod or property (`abc.abstractproperty`)
            // binds as its builtin base does.
            if let Value::Object(o) = &inst.base
                && matches!(&**o, Object::ClassMethod(_) | Object::StaticMethod(_) | Object::Property { .. })
            {
                let base = inst.base.clone();
                return bind_descriptor(vm, base, obj, typ);
            }
            Ok(descr)
        }
        _ => Ok(descr),
    }
}

/// The methods a builtin type's `__dict__` shows (its method table and dunders), so that
/// code reading `cls.__dict__` (`collections.abc`'s `__subclasshook__`s) finds them; an
/// unhashable type has `__hash__` set to None, as in CPython.
fn builtin_type_dict(t: &Rc<super::types::Type>, d: &super::dict::Dict) {
    use super::types::TypeKind;
    for name in crate::builtins::types::method_names(t.kind) {
        if let Some(m) = crate::builtins::types::method(t.kind, name) {
            d.set_str(name, Value::NativeMethod(m));
        }
    }
    const DUNDERS: &[&str] = &[
        "__getitem__",
        "__len__",
        "__contains__",
        "__iter__",
        "__eq__",
        "__ne__",
        "__repr__",
        "__setitem__",
        "__delitem__",
        "__lt__",
        "__le__",
        "__gt__",
        "__ge__",
        "__add__",
        "__mul__",
        "__next__",
        "__reversed__",
        "__call__",
        "__hash__",
        "__sub__",
        "__truediv__",
        "__floordiv__",
        "__mod__",
        "__pow__",
        "__neg__",
        "__bool__",
    ];
    for name in DUNDERS {
        if d.get_str(&PyStr::new(name)).is_none()
            && let Some(m) = crate::builtins::types::method(t.kind, name)
        {
            d.set_str(name, Value::NativeMethod(m));
        }
    }
    let unhashable = matches!(t.kind, TypeKind::List | TypeKind::Dict | TypeKind::Set | TypeKind::ByteArray);
    let hashable = matches!(
        t.kind,
        TypeKind::Str
            | TypeKind::Tuple
            | TypeKind::Bytes
            | TypeKind::Int
            | TypeKind::Bool
            | TypeKind::Float
            | TypeKind::Complex
            | TypeKind::FrozenSet
            | TypeKind::Range
            | TypeKind::Object
    );
    // The data of classes, as descriptors (`inspect` reads `type.__dict__['__mro__']`).
    if t.kind == TypeKind::Type {
        for name in ["__mro__", "__dict__"] {
            d.set_str(name, Value::object(Object::Descriptor { name, owner: t.clone(), member: false }));
        }
    }
    if unhashable {
        d.set_str("__hash__", Value::None);
    } else if hashable && d.get_str(&PyStr::new("__hash__")).is_none() {
        d.set_str("__hash__", Value::NativeMethod(&OBJECT_HASH));
    }
}

/// `__hash__` as a builtin type's `__dict__` shows it (hashing is the type's own, in `hash()`).
static OBJECT_HASH: crate::object::function::NativeMethod = crate::object::function::NativeMethod {
    name: "__hash__",
    owner: "object",
    func: |vm, this, _args| Ok(Value::Int(protocol::hash(vm, this)?)),
};

/// Whether a class attribute takes precedence over the instance dict (a data descriptor).
fn is_data_descriptor(vm: &Vm, descr: &Value) -> bool {
    match descr {
        Value::Object(o) => matches!(&**o, Object::Property { .. }),
        Value::Instance(inst) if matches!(&inst.base, Value::Object(o) if matches!(&**o, Object::Property { .. })) => {
            true
        }
        Value::Instance(_) => {
            super::class::special(vm, descr, "__set__").is_some()
                || super::class::special(vm, descr, "__delete__").is_some()
        }
        _ => false,
    }
}

/// Attribute lookup on an instance of a Python class (`object.__getattribute__`).
fn instance_getattr(
    vm: &mut Vm,
    obj: &Value,
    typ: &Rc<super::types::Type>,
    name: &PyStr,
) -> PyResult<Option<Value>> {
    let descr = super::class::lookup(typ, name);
    if let Some(d) = &descr
        && is_data_descriptor(vm, d)
    {
        return bind_descriptor(vm, d.clone(), obj, typ).map(Some);
    }
    let own = match obj {
        Value::Instance(inst) => inst.get(name),
        Value::Exception(e) => e.attrs.get_str(name),
        _ => None,
    };
    if let Some(v) = own {
        return Ok(Some(v));
    }
    match descr {
        Some(d) => bind_descriptor(vm, d, obj, typ).map(Some),
        // The methods every object inherits from `object` (`__eq__`, `__repr__`, …).
        None => Ok(crate::builtins::types::OBJECT_METHODS
            .iter()
            .find(|m| m.name == name.as_str())
            .map(|m| bind(obj, m))),
    }
}

fn bind(obj: &Value, m: &'static NativeMethod) -> Value {
    Value::Builtin(Rc::new(Builtin {
        name: m.name,
        module: m.owner,
        kind: BuiltinKind::Bound(obj.clone(), m),
    }))
}

fn no_attribute(vm: &Vm, obj: &Value, name: &str) -> crate::object::exception::PyErr {
    match obj {
        Value::Type(t) => vm.attribute_error(format!("type object '{}' has no attribute '{name}'", t.name)),
        _ => vm.attribute_error(format!("'{}' object has no attribute '{name}'", type_name(vm, obj))),
    }
}

/// `getattr(obj, name)`.
pub fn getattr(vm: &mut Vm, obj: &Value, name: &PyStr) -> PyResult<Value> {
    let n = name.as_str();
    if let Value::Object(o) = obj
        && let Object::WeakRef(w) = &**o
    {
        // A proxy forwards every attribute to its object; a reference has `__callback__`.
        if w.proxy {
            let target = crate::modules::weakref::proxied(vm, w)?;
            return getattr(vm, &target, name);
        }
    }
    if n == "__callback__"
        && let Some(w) = crate::modules::weakref::as_weakref(obj)
    {
        return Ok(w.callback.clone());
    }
    if let Value::Type(t) = obj
        && let Some(meta) = t.metaclass.borrow().clone()
    {
        return class_getattr_with_meta(vm, obj, t, &meta, name);
    }
    let typ = protocol::type_of(vm, obj);
    if typ.heap {
        if let Some(hook) = super::class::special(vm, obj, "__getattribute__") {
            let hook = bind_descriptor(vm, hook, obj, &typ)?;
            return match vm.call(&hook, &[Value::Str(Rc::new(PyStr::new(n)))], &[]) {
                Err(e) if e.is_instance(&vm.types.attribute_error) => {
                    match super::class::special(vm, obj, "__getattr__") {
                        Some(fallback) => {
                            let fallback = bind_descriptor(vm, fallback, obj, &typ)?;
                            vm.call(&fallback, &[Value::Str(Rc::new(PyStr::new(n)))], &[])
                        }
                        None => Err(e),
                    }
                }
                other => other,
            };
        }
        if let Some(v) = instance_getattr(vm, obj, &typ, name)? {
            return Ok(v);
        }
        if let Some(v) = special_attr(vm, obj, n)? {
            return Ok(v);
        }
        // A Python subclass of an `_io` class: the stream's data attributes (`closed`, …).
        if let Some(v) = crate::modules::io::getattr(vm, obj, n)? {
            return Ok(v);
        }
        if let Some(hook) = super::class::special(vm, obj, "__getattr__") {
            let hook = bind_descriptor(vm, hook, obj, &typ)?;
            return vm.call(&hook, &[Value::Str(Rc::new(PyStr::new(n)))], &[]);
        }
        return Err(no_attribute(vm, obj, n));
    }
    if let Value::Type(t) = obj
        && t.heap
        && let Some(found) = super::class::lookup(t, name)
    {
        return bind_descriptor(vm, found, obj, t);
    }
    if let Value::Object(o) = obj {
        match &**o {
            Object::Super { typ, obj: inner } => return super_getattr(vm, typ, inner, name),
            Object::Module(m) if n != "__class__" => return super::module::getattr(vm, m, name),
            Object::Io(_) => {
                if let Some(v) = crate::modules::io::getattr(vm, obj, n)? {
                    return Ok(v);
                }
            }
            _ => {}
        }
    }
    if let Some(v) = special_attr(vm, obj, n)? {
        return Ok(v);
    }
    // A builtin class's own methods come before its metaclass's, unbound: `list.append`,
    // `object.__setattr__`, `type.__call__`.
    if let Value::Type(t) = obj {
        // `tuple.__new__(cls, items)`: the constructor of the nearest builtin class.
        if n == "__new__"
            && let Some(builtin) = std::iter::once(t).chain(t.mro.iter()).find(|c| !c.heap)
            && builtin.kind != super::types::TypeKind::Object
        {
            return Ok(bind(&Value::Type(builtin.clone()), &crate::builtins::classes::BUILTIN_NEW));
        }
        if let Some(m) = crate::builtins::types::method(t.kind, n) {
            // `dict.fromkeys` and friends take the class as their first argument.
            if CLASS_METHODS.contains(&n) {
                return Ok(bind(obj, m));
            }
            return Ok(Value::NativeMethod(m));
        }
    }
    let kind = protocol::type_of(vm, obj).kind;
    if let Some(m) = crate::builtins::types::method(kind, n) {
        return Ok(bind(obj, m));
    }
    if let Value::Type(t) = obj
        && let Some(v) = t.dict.get_str(name)
    {
        return Ok(v);
    }
    if let Value::Type(t) = obj
        && let Some((name, member)) = builtin_data_attribute(t.kind, n)
    {
        return Ok(Value::object(Object::Descriptor { name, owner: t.clone(), member }));
    }
    Err(no_attribute(vm, obj, n))
}

/// The data attributes of builtin types that their class shows as descriptors (`types` names
/// their types: `GetSetDescriptorType = type(FunctionType.__code__)`), and whether each is a
/// member (a slot) rather than a computed attribute.
fn builtin_data_attribute(kind: super::types::TypeKind, name: &str) -> Option<(&'static str, bool)> {
    use super::types::TypeKind;
    const FUNCTION: &[(&str, bool)] = &[
        ("__closure__", true),
        ("__doc__", true),
        ("__globals__", true),
        ("__module__", true),
        ("__builtins__", true),
        ("__code__", false),
        ("__defaults__", false),
        ("__kwdefaults__", false),
        ("__annotations__", false),
        ("__dict__", false),
        ("__name__", false),
        ("__qualname__", false),
        ("__type_params__", false),
    ];
    let table: &[(&'static str, bool)] = match kind {
        TypeKind::Function => FUNCTION,
        _ => return None,
    };
    table.iter().find(|(n, _)| *n == name).copied()
}

/// An attribute of a class whose metaclass is a Python class: the class's own MRO first, then
/// its data (`__name__`, `__mro__`, …), then the metaclass's methods bound to the class.
fn class_getattr_with_meta(
    vm: &mut Vm,
    obj: &Value,
    cls: &Rc<super::types::Type>,
    meta: &Rc<super::types::Type>,
    name: &PyStr,
) -> PyResult<Value> {
    if let Some(found) = super::class::lookup(cls, name) {
        return bind_descriptor(vm, found, obj, cls);
    }
    if let Some(v) = special_attr(vm, obj, name.as_str())? {
        return Ok(v);
    }
    // A builtin base's own methods, unbound (`MutableMapping.__ne__` is `object.__ne__`).
    if let Some(m) =
        cls.mro.iter().filter(|t| !t.heap).find_map(|t| crate::builtins::types::method(t.kind, name.as_str()))
    {
        return Ok(Value::NativeMethod(m));
    }
    if let Some(found) = super::class::lookup(meta, name) {
        return bind_descriptor(vm, found, obj, meta);
    }
    Err(no_attribute(vm, obj, name.as_str()))
}

/// `object.__getattribute__(obj, name)`: the default lookup, without `__getattribute__` or
/// `__getattr__` hooks.
pub fn generic_getattr(vm: &mut Vm, obj: &Value, name: &PyStr) -> PyResult<Value> {
    let typ = protocol::type_of(vm, obj);
    if typ.heap {
        if let Some(v) = instance_getattr(vm, obj, &typ, name)? {
            return Ok(v);
        }
        if let Some(v) = special_attr(vm, obj, name.as_str())? {
            return Ok(v);
        }
        return Err(no_attribute(vm, obj, name.as_str()));
    }
    getattr(vm, obj, name)
}

/// `super(typ, obj).name`: the MRO of `obj`'s class (or of `obj` itself when it is a class),
/// searched after `typ`; builtin bases contribute their native methods.
pub fn super_getattr(
    vm: &mut Vm,
    typ: &Rc<super::types::Type>,
    obj: &Value,
    name: &PyStr,
) -> PyResult<Value> {
    // `super(T, cls)` in a classmethod walks `cls`'s MRO; in a metaclass method, where the
    // class is an instance of T, it walks the metaclass's.
    let start = match obj {
        Value::Type(t) if t.is_subtype(typ) => t.clone(),
        _ => protocol::type_of(vm, obj),
    };
    let chain: Vec<Rc<super::types::Type>> =
        std::iter::once(start.clone()).chain(start.mro.iter().cloned()).collect();
    let from = chain.iter().position(|t| Rc::ptr_eq(t, typ)).map_or(chain.len(), |i| i + 1);
    for t in &chain[from..] {
        if !t.heap && name.as_str() == "__new__" {
            // `super().__new__(cls, ...)` reaching a builtin class: its constructor, bound to it.
            return Ok(bind(&Value::Type(t.clone()), &crate::builtins::classes::BUILTIN_NEW));
        }
        let found = t.dict.get_str(name).or_else(|| {
            (!t.heap)
                .then(|| crate::builtins::types::method(t.kind, name.as_str()).map(Value::NativeMethod))
                .flatten()
        });
        if let Some(found) = found {
            return bind_descriptor(vm, found, obj, &start);
        }
    }
    Err(vm.attribute_error(format!("'super' object has no attribute '{}'", name.as_str())))
}

/// Attributes that are data rather than methods: `__name__`, `real`, `args`, `co_argcount`, …
fn special_attr(vm: &mut Vm, obj: &Value, name: &str) -> PyResult<Option<Value>> {
    Ok(Some(match (obj, name) {
        (_, "__class__") => Value::Type(protocol::type_of(vm, obj)),
        (Value::Function(f), _) => match name {
            "__name__" => Value::Str(f.name.borrow().clone()),
            "__qualname__" => Value::Str(f.qualname.borrow().clone()),
            "__doc__" => f.doc.borrow().clone(),
            "__defaults__" => f.defaults.borrow().clone().map_or(Value::None, Value::Tuple),
            "__kwdefaults__" => f.kwdefaults.borrow().clone().map_or(Value::None, Value::Dict),
            "__code__" => Value::object(Object::Code(f.code.clone())),
            "__globals__" => Value::Dict(f.globals.clone()),
            "__module__" => f.module.clone(),
            "__closure__" => f.closure.clone().map_or(Value::None, Value::Tuple),
            "__annotations__" => {
                let current = f.annotations.borrow().clone();
                if current.is_none() {
                    let d = Value::Dict(Rc::new(super::dict::Dict::new()));
                    *f.annotations.borrow_mut() = d.clone();
                    d
                } else {
                    current
                }
            }
            "__dict__" => {
                let d = super::dict::Dict::new();
                for (k, v) in f.attrs.items() {
                    d.insert(protocol::key(vm, &k)?, v);
                }
                Value::Dict(Rc::new(d))
            }
            _ => match f.attrs.get_str(&PyStr::new(name)) {
                Some(v) => v,
                None => return Ok(None),
            },
        },
        (Value::Object(o), _) => match (&**o, name) {
            (Object::Property { fget, .. }, "fget") => fget.clone(),
            // A property is abstract when one of its functions is (`abc.abstractmethod`).
            (Object::Property { fget, fset, fdel, .. }, "__isabstractmethod__") => {
                let (fget, fset, fdel) = (fget.clone(), fset.clone(), fdel.clone());
                for f in [fget, fset, fdel] {
                    if f.is_none() {
                        continue;
                    }
                    if let Ok(v) = getattr(vm, &f, &PyStr::new("__isabstractmethod__"))
                        && protocol::truthy(vm, &v)?
                    {
                        return Ok(Some(Value::Bool(true)));
                    }
                }
                Value::Bool(false)
            }
            (Object::Property { fset, .. }, "fset") => fset.clone(),
            (Object::Property { fdel, .. }, "fdel") => fdel.clone(),
            (Object::Property { doc, .. }, "__doc__") => doc.borrow().clone(),
            (Object::ClassMethod(f) | Object::StaticMethod(f), "__func__") => f.clone(),
            (Object::Code(c), _) => match code_attr(c, name) {
                Some(v) => v,
                None => return Ok(None),
            },
            (Object::MemoryView(m), _) => match crate::builtins::types::memoryview::attr(vm, m, name)? {
                Some(v) => v,
                None => return Ok(None),
            },
            (Object::Complex { re, .. }, "real") => Value::Float(*re),
            (Object::Complex { im, .. }, "imag") => Value::Float(*im),
            (Object::LongRange(r), "start") => Value::from_bigint(r.start.clone()),
            (Object::LongRange(r), "stop") => Value::from_bigint(r.stop.clone()),
            (Object::LongRange(r), "step") => Value::from_bigint(r.step.clone()),
            (Object::Range(r), "start") => Value::Int(r.start),
            (Object::Range(r), "stop") => Value::Int(r.stop),
            (Object::Range(r), "step") => Value::Int(r.step),
            (Object::Slice { start, .. }, "start") => start.clone(),
            (Object::Slice { stop, .. }, "stop") => stop.clone(),
            (Object::Slice { step, .. }, "step") => step.clone(),
            (Object::Cell(c), "cell_contents") => c.borrow().clone(),
            (Object::GenericAlias { origin, .. }, "__origin__") => origin.clone(),
            (Object::GenericAlias { args, .. }, "__args__") => args.clone(),
            (Object::Union(members), "__args__") => Value::tuple(members.clone()),
            (Object::Traceback { exc, index }, "tb_next") => traceback_at(exc, index + 1),
            (Object::Traceback { exc, index }, "tb_frame") => {
                let entries = exc.traceback.borrow();
                let Some(entry) = entries.len().checked_sub(index + 1).and_then(|i| entries.get(i)) else {
                    return Ok(Some(Value::None));
                };
                let globals = entry.globals.clone().unwrap_or_else(|| vm.builtins.clone());
                let module_level = entry.code.flags.0 & crate::code::CodeFlags::OPTIMIZED == 0;
                let locals = if module_level {
                    Value::Dict(globals.clone())
                } else {
                    Value::Dict(Rc::new(super::dict::Dict::new()))
                };
                let code = crate::interp::code::Code::new(entry.code.clone());
                Value::object(Object::Frame(Box::new(super::frame_object::FrameObject {
                    code,
                    globals,
                    locals,
                    lasti: entry.lasti,
                    back: Value::None,
                })))
            }
            (Object::Frame(f), "f_code") => Value::object(Object::Code(f.code.clone())),
            (Object::Frame(f), "f_globals") => Value::Dict(f.globals.clone()),
            (Object::Frame(f), "f_locals") => f.locals.clone(),
            (Object::Frame(f), "f_back") => f.back.clone(),
            (Object::Frame(f), "f_lineno") => f.lineno(),
            (Object::Frame(f), "f_lasti") => Value::Int(f.lasti as i64 * 2),
            (Object::Frame(_), "f_builtins") => Value::Dict(vm.builtins.clone()),
            (Object::Frame(_), "f_trace") => Value::None,
            (Object::Frame(_), "f_trace_lines") => Value::Bool(true),
            (Object::Traceback { exc, index }, "tb_lineno" | "tb_lasti") => {
                let entries = exc.traceback.borrow();
                let Some(entry) = entries.len().checked_sub(index + 1).and_then(|i| entries.get(i)) else {
                    return Ok(Some(Value::None));
                };
                if name == "tb_lasti" {
                    Value::Int(entry.lasti as i64 * 2)
                } else {
                    let pos = entry.code.positions.get(entry.lasti).copied().unwrap_or_default();
                    pos.line.map_or(Value::None, |l| Value::Int(l as i64))
                }
            }
            (Object::Generator(g), "__name__") => Value::Str(g.name.clone()),
            (Object::Generator(g), "__qualname__") => Value::Str(g.qualname.clone()),
            (Object::Generator(g), "gi_running" | "cr_running" | "ag_running") => {
                Value::Bool(g.state.get() == crate::interp::generator::State::Running)
            }
            (Object::BoundMethod { func, .. }, "__func__") => func.clone(),
            (Object::BoundMethod { self_, .. }, "__self__") => self_.clone(),
            (Object::BoundMethod { func, .. }, "__name__" | "__qualname__" | "__doc__") => {
                return getattr(vm, &func.clone(), &PyStr::new(name)).map(Some);
            }
            // Other attributes of a method are its function's (`__unittest_skip__`, set by a
            // decorator), as CPython's method objects forward them.
            (Object::BoundMethod { func, .. }, _) => {
                return match getattr(vm, &func.clone(), &PyStr::new(name)) {
                    Ok(v) => Ok(Some(v)),
                    Err(e) if e.is_instance(&vm.types.attribute_error) => Ok(None),
                    Err(e) => Err(e),
                };
            }
            _ => return Ok(None),
        },
        (Value::Int(_) | Value::BigInt(_) | Value::Bool(_), "real" | "numerator") => match obj {
            Value::Bool(b) => Value::Int(*b as i64),
            _ => obj.clone(),
        },
        (Value::Int(_) | Value::BigInt(_) | Value::Bool(_), "imag") => Value::Int(0),
        (Value::Int(_) | Value::BigInt(_) | Value::Bool(_), "denominator") => Value::Int(1),
        (Value::Float(f), "real") => Value::Float(*f),
        (Value::Float(_), "imag") => Value::Float(0.0),
        (Value::Exception(e), "args") => e.args.borrow().clone(),
        (Value::Exception(e), "message") if super::exception_group::is_group(vm, e) => {
            super::exception_group::message(e)
        }
        (Value::Exception(e), "split" | "subgroup" | "derive") if super::exception_group::is_group(vm, e) => {
            let m = crate::builtins::types::GROUP_METHODS.iter().find(|m| m.name == name);
            return Ok(m.map(|m| bind(obj, m)));
        }
        (Value::Exception(e), "__cause__") => e.cause.borrow().clone(),
        (Value::Exception(e), "__context__") => e.context.borrow().clone(),
        (Value::Exception(e), "__suppress_context__") => Value::Bool(e.suppress_context.get()),
        (Value::Exception(e), "__traceback__") => traceback_at(e, 0),
        (Value::Exception(e), _) if e.attrs.get_str(&PyStr::new(name)).is_some() => {
            e.attrs.get_str(&PyStr::new(name)).unwrap_or(Value::None)
        }
        (Value::Exception(e), _)
            if e.typ.is_subtype(&vm.types.syntax_error)
                && super::exception::SYNTAX_FIELDS.contains(&name) =>
        {
            e.syntax_field(name)
        }
        (Value::Exception(e), "value") if e.typ.is_subtype(&vm.types.stop_iteration) => {
            e.args().first().cloned().unwrap_or(Value::None)
        }
        (Value::Exception(e), "errno" | "strerror" | "filename" | "filename2")
            if e.typ.is_subtype(&vm.types.os_error) =>
        {
            let args = e.args();
            let i =
                ["errno", "strerror", "filename", "filename2"].iter().position(|x| *x == name).unwrap_or(0);
            // OSError(errno, strerror, filename, winerror, filename2): filename2 is the fifth.
            let i = if i >= 3 { i + 1 } else { i };
            if (2..=5).contains(&args.len()) {
                args.get(i).cloned().unwrap_or(Value::None)
            } else {
                Value::None
            }
        }
        (Value::Exception(e), "code") if e.typ.is_subtype(&vm.types.system_exit) => {
            let args = e.args();
            match args.len() {
                0 => Value::None,
                1 => args[0].clone(),
                _ => e.args.borrow().clone(),
            }
        }
        (Value::Type(t), "__name__") => Value::str(&t.name),
        (Value::Type(t), "__qualname__") => Value::str(&t.qualname),
        (Value::Type(t), "__module__") => Value::str(&t.module),
        (Value::Type(t), "__dict__") => {
            let d = super::dict::Dict::new();
            *d.borrow_mut() = t.dict.borrow().clone();
            if !t.heap {
                builtin_type_dict(t, &d);
            }
            Value::Dict(Rc::new(d))
        }
        (Value::Instance(inst), "__dict__") => {
            if inst.typ().slots.is_some() || !inst.typ().heap {
                return Err(no_attribute(vm, obj, name));
            }
            // Slot values live in the same dict here; `__dict__` shows only the others.
            let declared = super::class::declared_slots(&inst.typ());
            if declared.is_empty() {
                Value::Dict(inst.dict())
            } else {
                let d = super::dict::Dict::new();
                for (k, v) in inst.items() {
                    if let Value::Str(s) = &k
                        && !declared.iter().any(|n| n == s.as_str())
                    {
                        d.set_str(s.as_str(), v);
                    }
                }
                Value::Dict(Rc::new(d))
            }
        }
        (Value::Type(_), "mro" | "__subclasses__") => {
            let m = crate::builtins::types::TYPE_METHODS.iter().find(|m| m.name == name);
            return Ok(m.map(|m| bind(obj, m)));
        }
        (Value::Type(t), "__mro__") => {
            let mut items = vec![obj.clone()];
            items.extend(t.mro.iter().map(|b| Value::Type(b.clone())));
            Value::tuple(items)
        }
        (Value::Type(t), "__bases__") => {
            Value::tuple(t.bases.iter().map(|b| Value::Type(b.clone())).collect())
        }
        (Value::Type(t), "__base__") => t.bases.first().map_or(Value::None, |b| Value::Type(b.clone())),
        (Value::Type(t), "__doc__") => t.dict.get_str(&PyStr::new("__doc__")).unwrap_or(Value::None),

        (Value::Builtin(b), "__name__" | "__qualname__") => Value::str(b.name),
        (Value::Builtin(b), "__self__") => match &b.kind {
            BuiltinKind::Bound(obj, _) => obj.clone(),
            BuiltinKind::Function(_) => Value::None,
        },
        (Value::NativeMethod(m), "__name__") => Value::str(m.name),
        (Value::NativeMethod(m), "__qualname__") => Value::str(&format!("{}.{}", m.owner, m.name)),
        _ => return Ok(None),
    }))
}

/// `co_*` attributes of a code object.
fn code_attr(c: &crate::interp::code::Code, name: &str) -> Option<Value> {
    let co = &c.object;
    let names = |v: Vec<Rc<str>>| Value::tuple(v.iter().map(|s| Value::str(s)).collect());
    Some(match name {
        "co_name" => Value::str(&co.name),
        "co_qualname" => Value::str(&co.qualname),
        "co_filename" => Value::str(&co.filename),
        "co_firstlineno" => Value::Int(co.firstlineno as i64),
        "co_argcount" => Value::Int(co.argcount as i64),
        "co_posonlyargcount" => Value::Int(co.posonlyargcount as i64),
        "co_kwonlyargcount" => Value::Int(co.kwonlyargcount as i64),
        "co_nlocals" => Value::Int(co.nlocals() as i64),
        "co_stacksize" => Value::Int(co.stacksize as i64),
        "co_flags" => Value::Int(co.flags.0 as i64),
        "co_varnames" => names(co.varnames()),
        "co_cellvars" => names(co.cellvars()),
        "co_freevars" => names(co.freevars()),
        "co_names" => names(co.names.to_vec()),
        "co_consts" => Value::tuple(c.consts.to_vec()),
        "co_code" => Value::object(Object::Bytes(co.code.to_vec().into_boxed_slice())),
        _ => return None,
    })
}

/// `obj.name = value`, or `del obj.name` when `value` is `None`.
pub fn setattr(vm: &mut Vm, obj: &Value, name: &PyStr, value: Option<Value>) -> PyResult<()> {
    let n = name.as_str();
    if let Value::Object(o) = obj
        && let Object::WeakRef(w) = &**o
        && w.proxy
    {
        let target = crate::modules::weakref::proxied(vm, w)?;
        return setattr(vm, &target, name, value);
    }
    if let Value::Object(o) = obj
        && let Object::Module(m) = &**o
    {
        return super::module::setattr(vm, m, name, value);
    }
    match obj {
        Value::Function(f) => {
            match (n, value) {
                ("__name__", Some(Value::Str(s))) => *f.name.borrow_mut() = s,
                ("__qualname__", Some(Value::Str(s))) => *f.qualname.borrow_mut() = s,
                ("__doc__", Some(v)) => *f.doc.borrow_mut() = v,
                ("__defaults__", Some(Value::Tuple(t))) => {
                    f.version.set(0);
                    *f.defaults.borrow_mut() = Some(t)
                }
                ("__defaults__", Some(Value::None) | None) => {
                    f.version.set(0);
                    *f.defaults.borrow_mut() = None
                }
                ("__kwdefaults__", Some(Value::Dict(d))) => {
                    f.version.set(0);
                    *f.kwdefaults.borrow_mut() = Some(d)
                }
                ("__annotations__", Some(v)) => *f.annotations.borrow_mut() = v,
                (_, Some(v)) => f.attrs.set_str(n, v),
                (_, None) => {
                    if f.attrs.remove_str(name).is_none() {
                        return Err(no_attribute(vm, obj, n));
                    }
                }
            }
            Ok(())
        }
        Value::Exception(e) => {
            match (n, value) {
                ("__cause__", Some(v)) => {
                    *e.cause.borrow_mut() = v;
                    e.suppress_context.set(true);
                }
                ("__context__", Some(v)) => *e.context.borrow_mut() = v,
                // A traceback is kept as the exception's entries; assigning one of its own
                // later entries (as `unittest` trims its frames) drops the outer ones.
                ("__traceback__", Some(v)) => match &v {
                    Value::None => e.traceback.borrow_mut().clear(),
                    Value::Object(o) if let Object::Traceback { exc, index } = &**o => {
                        let kept: Vec<super::exception::TracebackEntry> = {
                            let entries = exc.traceback.borrow();
                            let keep = entries.len().saturating_sub(*index);
                            entries[..keep].to_vec()
                        };
                        *e.traceback.borrow_mut() = kept;
                    }
                    _ => return Err(vm.type_error("__traceback__ must be a traceback or None".into())),
                },
                ("__suppress_context__", Some(v)) => e.suppress_context.set(protocol::truthy(vm, &v)?),
                ("args", Some(v)) => *e.args.borrow_mut() = Value::tuple(protocol::collect(vm, &v)?),
                (_, Some(v)) => e.attrs.set_str(n, v),
                (_, None) => {
                    if e.attrs.remove_str(name).is_none() {
                        return Err(no_attribute(vm, obj, n));
                    }
                }
            }
            Ok(())
        }
        // A bare `object()` has no `__dict__`.
        Value::Instance(inst) if !inst.typ().heap => Err(no_attribute(vm, obj, n)),
        Value::Instance(inst) => instance_setattr(vm, obj, &inst.clone(), name, value),
        Value::Type(t) if t.heap => {
            // A metaclass written in Python may guard its classes' attributes.
            if t.metaclass.borrow().is_some() {
                let hook = if value.is_some() { "__setattr__" } else { "__delattr__" };
                if let Some(method) = super::class::special(vm, obj, hook) {
                    let bound = bind_descriptor(vm, method, obj, &protocol::type_of(vm, obj))?;
                    let mut args = vec![Value::str(n)];
                    args.extend(value);
                    vm.call(&bound, &args, &[])?;
                    return Ok(());
                }
            }
            class_setattr(vm, obj, name, value)
        }
        Value::Type(t) => {
            Err(vm.type_error(format!("cannot set '{n}' attribute of immutable type '{}'", t.name)))
        }
        // `tb.tb_next = None` ends the traceback there (the entries past it are dropped).
        Value::Object(o) if n == "tb_next" && matches!(&**o, Object::Traceback { .. }) => {
            let Object::Traceback { exc, index } = &**o else { return Ok(()) };
            match value {
                Some(Value::None) => {
                    let mut entries = exc.traceback.borrow_mut();
                    let inner = entries.len().saturating_sub(index + 1);
                    entries.drain(..inner);
                    Ok(())
                }
                _ => Err(vm.type_error("minivm can set tb_next only to None".into())),
            }
        }
        Value::Object(o) if n == "__doc__" && matches!(&**o, Object::Property { .. }) => {
            if let Object::Property { doc, .. } = &**o {
                *doc.borrow_mut() = value.unwrap_or(Value::None);
            }
            Ok(())
        }
        _ => {
            if crate::modules::io::setattr(vm, obj, n, value.clone())? {
                return Ok(());
            }
            if special_attr(vm, obj, n)?.is_some() {
                return Err(vm.attribute_error(format!(
                    "attribute '{n}' of '{}' objects is not writable",
                    type_name(vm, obj)
                )));
            }
            if crate::builtins::types::method(protocol::type_of(vm, obj).kind, n).is_some() {
                return Err(vm.attribute_error(format!(
                    "'{}' object attribute '{n}' is read-only",
                    type_name(vm, obj)
                )));
            }
            Err(vm.attribute_error(format!("'{}' object has no attribute '{n}'", type_name(vm, obj))))
        }
    }
}

/// Sets (or deletes) an attribute of a class defined in Python, in its dict.
pub fn class_setattr(vm: &mut Vm, obj: &Value, name: &PyStr, value: Option<Value>) -> PyResult<()> {
    let n = name.as_str();
    let Value::Type(t) = obj else { return Err(no_attribute(vm, obj, n)) };
    if !t.heap {
        return Err(vm.type_error(format!("cannot set '{n}' attribute of immutable type '{}'", t.name)));
    }
    if n == "__del__" {
        t.has_del.set(value.is_some());
    }
    t.modified();
    match value {
        Some(v) => t.dict.set_str(n, v),
        None => {
            if t.dict.remove_str(name).is_none() {
                return Err(no_attribute(vm, obj, n));
            }
        }
    }
    Ok(())
}

/// `obj.name = value` (or `del`) on an instance of a Python class: a property's setter or a
/// descriptor's `__set__` when the class has one, else the instance dict.
fn instance_setattr(
    vm: &mut Vm,
    obj: &Value,
    inst: &Rc<super::instance::Instance>,
    name: &PyStr,
    value: Option<Value>,
) -> PyResult<()> {
    let n = name.as_str();
    let typ = &inst.typ().clone();
    let hook = if value.is_some() { "__setattr__" } else { "__delattr__" };
    if let Some(method) = super::class::special(vm, obj, hook) {
        let bound = bind_descriptor(vm, method, obj, typ)?;
        let mut args = vec![Value::str(n)];
        args.extend(value);
        vm.call(&bound, &args, &[])?;
        return Ok(());
    }
    if n == "__class__" {
        return set_class(vm, inst, value);
    }
    if let Some(descr) = super::class::lookup(typ, name) {
        if let Value::Object(o) = &descr
            && let Object::Property { fset, fdel, .. } = &**o
        {
            let (func, what) =
                if value.is_some() { (fset.clone(), "setter") } else { (fdel.clone(), "deleter") };
            if func.is_none() {
                return Err(
                    vm.attribute_error(format!("property '{n}' of '{}' object has no {what}", typ.name))
                );
            }
            let mut args = vec![obj.clone()];
            args.extend(value);
            vm.call(&func, &args, &[])?;
            return Ok(());
        }
        if matches!(descr, Value::Instance(_)) {
            let (method, mut args) = match &value {
                Some(v) => ("__set__", vec![obj.clone(), v.clone()]),
                None => ("__delete__", vec![obj.clone()]),
            };
            if super::class::special(vm, &descr, method).is_some() {
                super::class::call_special(vm, &descr, method, &std::mem::take(&mut args))?;
                return Ok(());
            }
        }
    }
    if let Some(allowed) = &typ.slots
        && !allowed.iter().any(|s| s == n)
    {
        return Err(vm.attribute_error(format!("'{}' object has no attribute '{n}'", typ.name)));
    }
    match value {
        Some(v) => inst.set(name, v),
        None => {
            if inst.remove(name).is_none() {
                return Err(vm.attribute_error(format!("'{}' object has no attribute '{n}'", typ.name)));
            }
        }
    }
    Ok(())
}

/// `obj.__class__ = cls` for an instance of a Python class: `cls` must be a Python class with
/// the same layout (the same builtin base and `__slots__`). The class change drops every
/// specialisation that relied on the old class, since guards check the class's version.
fn set_class(vm: &mut Vm, inst: &Rc<super::instance::Instance>, value: Option<Value>) -> PyResult<()> {
    let Some(value) = value else { return Err(vm.type_error("can't delete __class__ attribute".into())) };
    let Value::Type(new) = &value else {
        return Err(vm.type_error(format!(
            "__class__ must be set to a class, not '{}' object",
            type_name(vm, &value)
        )));
    };
    let old = inst.typ().clone();
    if !new.heap || !old.heap {
        return Err(vm.type_error(
            "__class__ assignment only supported for mutable types or ModuleType subclasses".into(),
        ));
    }
    let same_slots = |a: &super::types::Type, b: &super::types::Type| {
        a.slot_count == b.slot_count
            && a.shared_keys.borrow()[..a.slot_count]
                .iter()
                .zip(b.shared_keys.borrow()[..b.slot_count].iter())
                .all(|(x, y)| x.as_str() == y.as_str())
            && a.slots.is_some() == b.slots.is_some()
    };
    if new.kind != old.kind || !same_slots(new, &old) {
        return Err(vm.type_error(format!(
            "__class__ assignment: '{}' object layout differs from '{}'",
            new.name, old.name
        )));
    }
    inst.set_class(new.clone());
    Ok(())
}

/// `object.__setattr__(obj, name, value)`: the default behaviour, for `super().__setattr__`.
pub fn generic_setattr(vm: &mut Vm, obj: &Value, name: &PyStr, value: Option<Value>) -> PyResult<()> {
    match obj {
        Value::Instance(inst) if name.as_str() == "__class__" => set_class(vm, inst, value),
        Value::Instance(inst) => {
            let n = name.as_str();
            match value {
                Some(v) => inst.set(name, v),
                None => {
                    if inst.remove(name).is_none() {
                        return Err(vm.attribute_error(format!(
                            "'{}' object has no attribute '{n}'",
                            inst.typ().name
                        )));
                    }
                }
            }
            Ok(())
        }
        _ => setattr(vm, obj, name, value),
    }
}

/// The traceback object for entry `index` (from the outermost frame) of `exc`'s traceback.
fn traceback_at(exc: &Rc<super::exception::Exception>, index: usize) -> Value {
    if index >= exc.traceback.borrow().len() {
        return Value::None;
    }
    Value::object(Object::Traceback { exc: exc.clone(), index })
}
