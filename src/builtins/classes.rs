//! Classes at run time: `__build_class__` (what a class statement calls), creating instances
//! by calling a class, and the builtin descriptor types `property`, `classmethod`,
//! `staticmethod` and `super`.

use std::rc::Rc;

use crate::interp::{PyResult, Vm};
use crate::object::class;
use crate::object::dict::Dict;
use crate::object::exception::{Exception, PyErr};
use crate::object::function::Args;
use crate::object::instance::Instance;
use crate::object::misc::Object;
use crate::object::protocol::{self, type_name};
use crate::object::str::PyStr;
use crate::object::types::{Type, TypeKind};
use crate::object::value::Value;

/// `__build_class__(func, name, *bases, **kwds)`: runs the class body with a fresh namespace
/// as its locals, creates the class, fills the `__class__` cell, then runs `__set_name__` and
/// the parent's `__init_subclass__`.
pub fn build_class(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = args.pos();
    let (Some(Value::Function(body)), Some(Value::Str(name))) = (pos.first(), pos.get(1)) else {
        return Err(vm.type_error("__build_class__: func must be a function and name a string".into()));
    };
    let mut bases = Vec::new();
    for b in &pos[2..] {
        match b {
            Value::Type(t) => bases.push(t.clone()),
            other => {
                return Err(vm.type_error(format!("bases must be types, not {}", type_name(vm, other))));
            }
        }
    }
    let mut kwargs = Vec::new();
    // The metaclass: given, or the most derived of the bases' metaclasses.
    let mut metaclass: Option<Rc<Type>> = None;
    for b in &bases {
        if let Some(m) = b.metaclass.borrow().as_ref()
            && metaclass.as_ref().is_none_or(|cur| m.is_subtype(cur))
        {
            metaclass = Some(m.clone());
        }
    }
    for (k, v) in args.kwargs() {
        if k == "metaclass" {
            match v {
                Value::Type(t) if Rc::ptr_eq(t, &vm.types.type_) => {}
                Value::Type(t) if t.is_subtype(&vm.types.type_) => metaclass = Some(t.clone()),
                _ => {
                    return Err(vm.type_error(
                        "metaclasses other than classes derived from type are not supported by minivm yet"
                            .into(),
                    ));
                }
            }
        } else {
            kwargs.push((Value::str(k), v.clone()));
        }
    }
    let ns = Rc::new(Dict::new());
    let mut frame = crate::interp::call::frame_for(vm, body, vec![], &[])?;
    frame.locals = Some(ns.clone());
    let cell = vm.run_frame(frame)?;
    if let Some(meta) = metaclass {
        // `metaclass(name, bases, ns, **kwds)` makes the class.
        let bases_value = Value::tuple(bases.into_iter().map(Value::Type).collect());
        let made =
            vm.call(&Value::Type(meta), &[Value::Str(name.clone()), bases_value, Value::Dict(ns)], &kwargs)?;
        if let Value::Object(o) = &cell
            && let Object::Cell(c) = &**o
        {
            *c.borrow_mut() = made.clone();
        }
        return Ok(made);
    }
    let cls = class::new_class(vm, name.as_str(), bases, &ns)?;
    let cls_value = Value::Type(cls.clone());
    if let Value::Object(o) = &cell
        && let Object::Cell(c) = &**o
    {
        *c.borrow_mut() = cls_value.clone();
    }
    finish_class(vm, &cls, &kwargs)?;
    Ok(cls_value)
}

/// After a class is created: `__set_name__` on its attributes, then the nearest Python base's
/// `__init_subclass__` with the class statement's keywords.
fn finish_class(vm: &mut Vm, cls: &Rc<Type>, kwargs: &[(Value, Value)]) -> PyResult<()> {
    let cls_value = Value::Type(cls.clone());
    let name = cls.name.clone();
    for (k, v) in cls.dict.items() {
        if crate::object::dunder::is_user(&v) && class::special(vm, &v, "__set_name__").is_some() {
            class::call_special(vm, &v, "__set_name__", &[cls_value.clone(), k])?;
        }
    }
    let init_subclass = PyStr::new("__init_subclass__");
    let parent_hook = cls.mro.iter().find(|t| t.heap && t.dict.get_str(&init_subclass).is_some()).cloned();
    if let Some(parent) = parent_hook {
        let hook = parent.dict.get_str(&init_subclass).unwrap_or(Value::None);
        let bound = crate::object::attr::bind_descriptor(vm, hook, &cls_value, cls)?;
        vm.call(&bound, &[], kwargs)?;
    } else if !kwargs.is_empty() {
        return Err(vm.type_error(format!("{}.__init_subclass__() takes no keyword arguments", name)));
    }
    Ok(())
}

/// Calling a class defined in Python: `__new__` (default: a new instance), then `__init__`.
pub fn instantiate(vm: &mut Vm, cls: &Rc<Type>, args: Args) -> PyResult<Value> {
    let cls_value = Value::Type(cls.clone());
    let new_name = PyStr::new("__new__");
    let custom_new = class::lookup(cls, &new_name).filter(|_| defines_in_python(cls, "__new__"));
    let obj = match custom_new {
        Some(new) => {
            let new = crate::object::attr::bind_descriptor(vm, new, &cls_value, cls)?;
            let mut values = vec![cls_value.clone()];
            values.extend(args.values.iter().cloned());
            let obj = vm.call_args(&new, values, args.kwnames)?;
            if !protocol::type_of(vm, &obj).is_subtype(cls) {
                return Ok(obj);
            }
            obj
        }
        None if cls.kind == TypeKind::Type => type_new_of(vm, Some(cls), args.pos(), &[])?,
        None => {
            let has_init = defines_in_python(cls, "__init__");
            new_instance_with(vm, cls, args, has_init)?
        }
    };
    let init = class::lookup(cls, &PyStr::new("__init__")).filter(|_| defines_in_python(cls, "__init__"));
    match init {
        Some(init) => {
            let bound = crate::object::attr::bind_descriptor(vm, init, &obj, cls)?;
            let r = vm.call_args(&bound, args.values.to_vec(), args.kwnames)?;
            if !r.is_none() {
                return Err(
                    vm.type_error(format!("__init__() should return None, not '{}'", type_name(vm, &r)))
                );
            }
        }
        None => {
            if !args.values.is_empty() && cls.kind == TypeKind::Instance && custom_new_missing(cls) {
                return Err(vm.type_error(format!("{}() takes no arguments", cls.name)));
            }
        }
    }
    Ok(obj)
}

fn custom_new_missing(cls: &Rc<Type>) -> bool {
    !defines_in_python(cls, "__new__")
}

/// Whether `name` is defined by a Python class along the MRO (not only by a builtin base).
pub fn defines_in_python(cls: &Rc<Type>, name: &str) -> bool {
    let key = PyStr::new(name);
    std::iter::once(cls)
        .chain(cls.mro.iter())
        .find(|t| t.dict.get_str(&key).is_some())
        .is_some_and(|t| t.heap)
}

/// The builtin type a Python class extends (`list` for `class MyList(list)`), if any.
fn builtin_base(cls: &Rc<Type>) -> Option<Rc<Type>> {
    cls.mro.iter().find(|t| !t.heap && !matches!(t.kind, TypeKind::Object | TypeKind::Exception)).cloned()
}

/// A new instance for a call of `cls`. A subclass of a builtin type gets its builtin value:
/// immutable ones (int, str, tuple) are made from the arguments here, as their `__new__`
/// does; mutable ones (list, dict, set) start empty when the class has its own `__init__`
/// (which may call the builtin one through `super()`), and from the arguments otherwise.
fn new_instance_with(vm: &mut Vm, cls: &Rc<Type>, args: Args, has_init: bool) -> PyResult<Value> {
    check_not_abstract(vm, cls)?;
    let Some(builtin) = builtin_base(cls) else { return Ok(new_instance(vm, cls, args.pos())) };
    let mutable = matches!(
        builtin.kind,
        TypeKind::List | TypeKind::Dict | TypeKind::Set | TypeKind::IoStringIO | TypeKind::IoBytesIO
    );
    let base = if mutable && has_init {
        super::construct(vm, &builtin, Args::positional(&[]))?
    } else {
        super::construct(vm, &builtin, args)?
    };
    Ok(Value::Instance(Rc::new(Instance::with_base(cls.clone(), base))))
}

/// `object.__new__(cls)` for a Python class: a plain instance, or an exception instance for
/// classes derived from an exception (its `args` are the call's arguments).
pub fn new_instance(vm: &mut Vm, cls: &Rc<Type>, args: &[Value]) -> Value {
    match cls.kind {
        TypeKind::Exception if cls.is_subtype(&vm.types.base_exception_group) => {
            match crate::object::exception_group::construct(vm, cls, args) {
                Ok(v) => v,
                Err(_) => Value::Exception(Rc::new(Exception::new(cls.clone(), args.to_vec()))),
            }
        }
        TypeKind::Exception => Value::Exception(Rc::new(Exception::new(cls.clone(), args.to_vec()))),
        _ => Value::Instance(Rc::new(Instance::new(cls.clone()))),
    }
}

/// `property(fget=None, fset=None, fdel=None, doc=None)`.
pub fn property(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let mut slots = [Value::None, Value::None, Value::None, Value::None];
    for (i, v) in args.pos().iter().enumerate().take(4) {
        slots[i] = v.clone();
    }
    for (k, v) in args.kwargs() {
        let i = match k {
            "fget" => 0,
            "fset" => 1,
            "fdel" => 2,
            "doc" => 3,
            _ => return Err(vm.type_error(format!("property() got an unexpected keyword argument '{k}'"))),
        };
        slots[i] = v.clone();
    }
    let [fget, fset, fdel, mut doc] = slots;
    if doc.is_none()
        && let Value::Function(f) = &fget
    {
        doc = f.doc.borrow().clone();
    }
    Ok(Value::object(Object::Property { fget, fset, fdel, doc: doc.into() }))
}

pub fn classmethod(vm: &mut Vm, args: Args) -> PyResult<Value> {
    protocol::check_args(vm, "classmethod", &args, 1, 1)?;
    Ok(Value::object(Object::ClassMethod(args.pos()[0].clone())))
}

pub fn staticmethod(vm: &mut Vm, args: Args) -> PyResult<Value> {
    protocol::check_args(vm, "staticmethod", &args, 1, 1)?;
    Ok(Value::object(Object::StaticMethod(args.pos()[0].clone())))
}

/// `super(type, obj)`; the zero-argument form is compiled to `LOAD_SUPER_ATTR`.
pub fn super_(vm: &mut Vm, args: Args) -> PyResult<Value> {
    match args.pos() {
        [Value::Type(t), obj] => {
            let ok = match obj {
                Value::Type(o) => o.is_subtype(t),
                _ => protocol::type_of(vm, obj).is_subtype(t),
            };
            if !ok {
                return Err(
                    vm.type_error("super(type, obj): obj must be an instance or subtype of type".into())
                );
            }
            Ok(Value::object(Object::Super { typ: t.clone(), obj: obj.clone() }))
        }
        [] => Err(vm.runtime_error("super(): no arguments".into())),
        _ => Err(vm.type_error("super() argument 1 must be a type".into())),
    }
}

/// `type(name, bases, dict)`.
pub fn type_new(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    type_new_of(vm, None, args, &[])
}

/// `type.__new__(metaclass, name, bases, ns)`: a class whose type is `metaclass` (None: `type`).
pub fn type_new_of(
    vm: &mut Vm,
    metaclass: Option<&Rc<Type>>,
    args: &[Value],
    kwargs: &[(Value, Value)],
) -> PyResult<Value> {
    let [Value::Str(name), bases, Value::Dict(ns)] = args else {
        return Err(vm.type_error("type() takes 1 or 3 arguments".into()));
    };
    let mut base_types = Vec::new();
    for b in protocol::collect(vm, bases)? {
        match b {
            Value::Type(t) => base_types.push(t),
            _ => {
                return Err(vm.type_error(
                    "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases".into(),
                ));
            }
        }
    }
    let cls = class::new_class(vm, name.as_str(), base_types, ns)?;
    if let Some(m) = metaclass.filter(|m| m.heap) {
        let inherited = cls.metaclass.borrow().clone();
        if inherited.as_ref().is_none_or(|i| m.is_subtype(i)) {
            *cls.metaclass.borrow_mut() = Some(m.clone());
        }
    }
    finish_class(vm, &cls, kwargs)?;
    Ok(Value::Type(cls))
}

/// `BaseException.__init__(self, *args)`: replaces `args`.
pub fn exception_init(vm: &mut Vm, this: &Value, args: Args) -> PyResult<Value> {
    match this {
        Value::Exception(e) => {
            *e.args.borrow_mut() = Value::tuple(args.pos().to_vec());
            Ok(Value::None)
        }
        _ => Err(vm.type_error("BaseException.__init__ needs an exception".into())),
    }
}

/// `object.__init__(self)`: accepts nothing more.
pub fn object_init(vm: &mut Vm, this: &Value, args: Args) -> PyResult<Value> {
    if !args.values.is_empty() && !defines_in_python(&protocol::type_of(vm, this), "__new__") {
        return Err(
            vm.type_error("object.__init__() takes exactly one argument (the instance to initialize)".into())
        );
    }
    Ok(Value::None)
}

/// `object.__new__(cls)`.
/// `object.__new__` refuses a class whose `__abstractmethods__` (set by `ABCMeta`) is not
/// empty, naming the methods as CPython does.
fn check_not_abstract(vm: &mut Vm, cls: &Rc<Type>) -> PyResult<()> {
    let key = PyStr::new("__abstractmethods__");
    let Some(found) = std::iter::once(cls).chain(cls.mro.iter()).find_map(|t| t.dict.get_str(&key)) else {
        return Ok(());
    };
    let mut names: Vec<String> = Vec::new();
    for name in protocol::collect(vm, &found)? {
        names.push(protocol::str(vm, &name)?);
    }
    if names.is_empty() {
        return Ok(());
    }
    names.sort();
    let quoted: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
    let noun = if names.len() == 1 { "method" } else { "methods" };
    Err(vm.type_error(format!(
        "Can't instantiate abstract class {} without an implementation for abstract {noun} {}",
        cls.name,
        quoted.join(", ")
    )))
}

pub fn object_new(vm: &mut Vm, _this: &Value, args: Args) -> PyResult<Value> {
    match args.pos().first() {
        Some(Value::Type(cls)) if cls.heap => {
            check_not_abstract(vm, cls)?;
            Ok(new_instance(vm, &cls.clone(), &args.pos()[1..]))
        }
        Some(Value::Type(cls)) => {
            Err(vm
                .type_error(format!("object.__new__({}) is not safe, use {}.__new__()", cls.name, cls.name)))
        }
        Some(other) => {
            let name = protocol::type_name(vm, other);
            Err(vm.type_error(format!("object.__new__(X): X is not a type object ({name})")))
        }
        None => Err(vm.type_error("object.__new__(): not enough arguments".into())),
    }
}

pub fn object_repr(vm: &mut Vm, this: &Value, _args: Args) -> PyResult<Value> {
    let t = protocol::type_of(vm, this);
    Ok(Value::str(&format!("<{}.{} object at {:#x}>", t.module, t.qualname, this.identity().unwrap_or(0))))
}

pub fn object_str(vm: &mut Vm, this: &Value, _args: Args) -> PyResult<Value> {
    Ok(Value::str(&protocol::repr(vm, this)?))
}

pub fn object_eq(_vm: &mut Vm, this: &Value, args: Args) -> PyResult<Value> {
    Ok(match args.pos().first() {
        Some(other) if this.is(other) => Value::Bool(true),
        _ => Value::NotImplemented,
    })
}

/// `object.__ne__`: the inverse of `__eq__`, unless that is NotImplemented.
pub fn object_ne(vm: &mut Vm, this: &Value, args: Args) -> PyResult<Value> {
    let Some(other) = args.pos().first() else { return Ok(Value::NotImplemented) };
    let eq = match crate::object::class::call_special(vm, this, "__eq__", std::slice::from_ref(other))? {
        Some(r) => r,
        None => object_eq(vm, this, args)?,
    };
    match eq {
        Value::NotImplemented => Ok(eq),
        r => Ok(Value::Bool(!protocol::truthy(vm, &r)?)),
    }
}

pub fn object_hash(_vm: &mut Vm, this: &Value, _args: Args) -> PyResult<Value> {
    Ok(Value::Int((this.identity().unwrap_or(0) >> 4) as i64))
}

pub fn object_setattr(vm: &mut Vm, this: &Value, args: Args) -> PyResult<Value> {
    let [Value::Str(name), value] = args.pos() else {
        return Err(vm.type_error("__setattr__ expected 2 arguments".into()));
    };
    crate::object::attr::generic_setattr(vm, this, name, Some(value.clone()))?;
    Ok(Value::None)
}

pub fn object_delattr(vm: &mut Vm, this: &Value, args: Args) -> PyResult<Value> {
    let [Value::Str(name)] = args.pos() else {
        return Err(vm.type_error("__delattr__ expected 1 argument".into()));
    };
    crate::object::attr::generic_setattr(vm, this, name, None)?;
    Ok(Value::None)
}

pub fn object_getattribute(vm: &mut Vm, this: &Value, args: Args) -> PyResult<Value> {
    let [Value::Str(name)] = args.pos() else {
        return Err(vm.type_error("__getattribute__ expected 1 argument".into()));
    };
    crate::object::attr::generic_getattr(vm, this, name)
}

/// `type.__call__(cls, *args)`: what calling a class does (reached from a metaclass's
/// `__call__` through `super()`).
pub fn type_call(vm: &mut Vm, this: &Value, args: Args) -> PyResult<Value> {
    let Value::Type(t) = this else { return Err(PyErr::fault("type.__call__ of a non-type")) };
    super::construct(vm, &t.clone(), args)
}

/// `type.__init__(cls, name, bases, ns)`: nothing left to do once `type.__new__` ran.
pub fn type_init(_vm: &mut Vm, _this: &Value, _args: Args) -> PyResult<Value> {
    Ok(Value::None)
}

/// `type.__setattr__(cls, name, value)`: sets the class attribute, past any metaclass hook.
pub fn type_setattr(vm: &mut Vm, this: &Value, args: Args) -> PyResult<Value> {
    protocol::check_args(vm, "__setattr__", &args, 2, 2)?;
    let name = protocol::str_value(vm, &args.pos()[0])?;
    crate::object::attr::class_setattr(vm, this, &name, Some(args.pos()[1].clone()))?;
    Ok(Value::None)
}

/// `type.__delattr__(cls, name)`.
pub fn type_delattr(vm: &mut Vm, this: &Value, args: Args) -> PyResult<Value> {
    protocol::check_args(vm, "__delattr__", &args, 1, 1)?;
    let name = protocol::str_value(vm, &args.pos()[0])?;
    crate::object::attr::class_setattr(vm, this, &name, None)?;
    Ok(Value::None)
}

/// `cls.__subclasses__()`: the direct subclasses still alive, oldest first.
pub fn type_subclasses(vm: &mut Vm, this: &Value, args: Args) -> PyResult<Value> {
    protocol::check_args(vm, "__subclasses__", &args, 0, 0)?;
    let Value::Type(t) = this else { return Err(PyErr::fault("__subclasses__() of a non-type")) };
    let live: Vec<Value> =
        t.subclasses.borrow().iter().filter_map(|w| w.upgrade()).map(Value::Type).collect();
    Ok(Value::list(live))
}

/// `cls.mro()`: the method resolution order as a list.
pub fn type_mro(vm: &mut Vm, this: &Value, args: Args) -> PyResult<Value> {
    protocol::check_args(vm, "mro", &args, 0, 0)?;
    let Value::Type(t) = this else { return Err(PyErr::fault("mro() of a non-type")) };
    let mut items = vec![this.clone()];
    items.extend(t.mro.iter().map(|b| Value::Type(b.clone())));
    Ok(Value::list(items))
}

pub fn object_init_subclass(vm: &mut Vm, this: &Value, args: Args) -> PyResult<Value> {
    if args.has_kwargs() || !args.pos().is_empty() {
        let name = match this {
            Value::Type(t) => t.name.clone(),
            other => type_name(vm, other),
        };
        if args.has_kwargs() {
            return Err(vm.type_error(format!("{name}.__init_subclass__() takes no keyword arguments")));
        }
        let n = args.pos().len();
        return Err(vm.type_error(format!("{name}.__init_subclass__() takes no arguments ({n} given)")));
    }
    Ok(Value::None)
}

pub fn object_format(vm: &mut Vm, this: &Value, args: Args) -> PyResult<Value> {
    match args.pos().first() {
        Some(Value::Str(spec)) if !spec.is_empty() => Err(
            vm.type_error(format!("unsupported format string passed to {}.__format__", type_name(vm, this)))
        ),
        _ => Ok(Value::str(&protocol::str(vm, this)?)),
    }
}

pub fn exception_str(vm: &mut Vm, this: &Value, _args: Args) -> PyResult<Value> {
    match this {
        Value::Exception(e) => {
            let plain = Value::Exception(Rc::new(Exception::new(vm.types.exception.clone(), e.args())));
            Ok(Value::str(&protocol::str(vm, &plain)?))
        }
        _ => Err(PyErr::fault("exception method on a non-exception")),
    }
}

/// `exc.add_note(note)`: appends to `exc.__notes__`, which tracebacks print.
pub fn exception_add_note(vm: &mut Vm, this: &Value, args: Args) -> PyResult<Value> {
    protocol::check_args(vm, "add_note", &args, 1, 1)?;
    let Value::Exception(e) = this else { return Err(PyErr::fault("exception method on a non-exception")) };
    let note = &args.pos()[0];
    if !matches!(note, Value::Str(_)) {
        return Err(vm.type_error(format!("note must be a str, not '{}'", type_name(vm, note))));
    }
    let key = PyStr::new("__notes__");
    match e.attrs.get_str(&key) {
        Some(Value::List(l)) => l.push(note.clone()),
        Some(_) => return Err(vm.type_error("Cannot add note: __notes__ is not a list".into())),
        None => e.attrs.set_str("__notes__", Value::list(vec![note.clone()])),
    }
    Ok(Value::None)
}

pub fn exception_with_traceback(_vm: &mut Vm, this: &Value, _args: Args) -> PyResult<Value> {
    Ok(this.clone())
}

/// `prop.getter(f)`, `prop.setter(f)`, `prop.deleter(f)`: a copy with one function replaced.
fn property_with(vm: &mut Vm, this: &Value, args: Args, which: usize) -> PyResult<Value> {
    protocol::check_args(vm, "property", &args, 1, 1)?;
    let Value::Object(o) = this else { return Err(PyErr::fault("property method on a non-property")) };
    let Object::Property { fget, fset, fdel, doc } = &**o else {
        return Err(PyErr::fault("property method on a non-property"));
    };
    let mut parts = [fget.clone(), fset.clone(), fdel.clone()];
    parts[which] = args.pos()[0].clone();
    let [fget, fset, fdel] = parts;
    let doc = doc.borrow().clone();
    let doc = if which == 0 && doc.is_none() {
        match &fget {
            Value::Function(f) => f.doc.borrow().clone(),
            _ => Value::None,
        }
    } else {
        doc
    };
    Ok(Value::object(Object::Property { fget, fset, fdel, doc: doc.into() }))
}

pub fn property_getter(vm: &mut Vm, this: &Value, args: Args) -> PyResult<Value> {
    property_with(vm, this, args, 0)
}

pub fn property_setter(vm: &mut Vm, this: &Value, args: Args) -> PyResult<Value> {
    property_with(vm, this, args, 1)
}

pub fn property_deleter(vm: &mut Vm, this: &Value, args: Args) -> PyResult<Value> {
    property_with(vm, this, args, 2)
}

/// `__new__` of a builtin class reached through `super()`: `int.__new__(cls, 7)` makes an
/// instance of the Python subclass `cls` holding `int(7)`.
pub static BUILTIN_NEW: crate::object::function::NativeMethod =
    crate::object::function::NativeMethod { name: "__new__", owner: "type", func: builtin_new };

fn builtin_new(vm: &mut Vm, builtin: &Value, args: Args) -> PyResult<Value> {
    let (Value::Type(builtin), Some(Value::Type(cls))) = (builtin, args.pos().first()) else {
        return Err(vm.type_error("__new__(X): X is not a type object".into()));
    };
    let rest = Args { values: &args.values[1..], kwnames: args.kwnames };
    if !cls.heap {
        return super::construct(vm, cls, rest);
    }
    match builtin.kind {
        TypeKind::Object | TypeKind::Exception => Ok(new_instance(vm, cls, rest.pos())),
        TypeKind::Type if rest.pos().len() == 3 => type_new_of(vm, Some(cls), rest.pos(), &[]),
        _ => {
            let base = super::construct(vm, builtin, rest)?;
            let instance = Rc::new(Instance::with_base(cls.clone(), base.clone()));
            if builtin.kind == TypeKind::WeakRef {
                crate::modules::weakref::wrapped(&base, &instance);
            }
            Ok(Value::Instance(instance))
        }
    }
}
