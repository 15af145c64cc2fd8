//! `_weakref`: weak references (`ref`, `proxy`) and their counts, after CPython's
//! `Modules/_weakref.c` and `Objects/weakrefobject.c`. The reference object is
//! `object::weakref::WeakRef`; this module makes them and gives them CPython's behaviour:
//! calling, hashing and comparing through the referent, reprs, and proxies forwarding
//! attribute access.

use std::rc::Rc;

use crate::interp::{PyResult, Vm};
use crate::object::dict::Dict;
use crate::object::function::Args;
use crate::object::misc::Object;
use crate::object::protocol::{self, type_name};
use crate::object::types::{Type, TypeKind};
use crate::object::value::Value;
use crate::object::weakref::{Target, WeakRef};

/// The weak reference types of one VM: `ReferenceType`, `ProxyType`, `CallableProxyType`.
pub struct WeakTypes {
    pub reference: Rc<Type>,
    pub proxy: Rc<Type>,
    pub callable_proxy: Rc<Type>,
}

impl WeakTypes {
    pub fn new(object: &Rc<Type>) -> WeakTypes {
        WeakTypes {
            reference: Type::new_in("weakref", "ReferenceType", Some(object), TypeKind::WeakRef),
            proxy: Type::new_in("weakref", "ProxyType", Some(object), TypeKind::WeakProxy),
            callable_proxy: Type::new_in("weakref", "CallableProxyType", Some(object), TypeKind::WeakProxy),
        }
    }
}

pub fn init(vm: &mut Vm, dict: &Dict) -> PyResult<()> {
    super::add_functions(
        dict,
        "_weakref",
        &[
            ("proxy", proxy),
            ("getweakrefcount", getweakrefcount),
            ("getweakrefs", getweakrefs),
            ("_remove_dead_weakref", remove_dead_weakref),
        ],
    );
    dict.set_str("ref", Value::Type(vm.weak_types.reference.clone()));
    dict.set_str("ReferenceType", Value::Type(vm.weak_types.reference.clone()));
    dict.set_str("ProxyType", Value::Type(vm.weak_types.proxy.clone()));
    dict.set_str("CallableProxyType", Value::Type(vm.weak_types.callable_proxy.clone()));
    Ok(())
}

fn new_weak(vm: &mut Vm, func: &str, args: &Args, proxy: bool) -> PyResult<WeakRef> {
    let pos = args.pos();
    if args.has_kwargs() {
        return Err(vm.type_error(format!("{func}() takes no keyword arguments")));
    }
    if pos.is_empty() || pos.len() > 2 {
        return Err(vm.type_error(format!("{func} expected at most 2 arguments, got {}", pos.len())));
    }
    let Some(target) = Target::of(&pos[0]) else {
        return Err(
            vm.type_error(format!("cannot create weak reference to '{}' object", type_name(vm, &pos[0])))
        );
    };
    let callback = pos.get(1).cloned().unwrap_or(Value::None);
    Ok(WeakRef { target, callback, hash: std::cell::Cell::new(None), proxy })
}

/// `ref(obj[, callback])`: what calling `ReferenceType` makes.
pub fn construct_ref(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::object(Object::WeakRef(new_weak(vm, "__new__", &args, false)?)))
}

fn proxy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::object(Object::WeakRef(new_weak(vm, "proxy", &args, true)?)))
}

fn getweakrefcount(vm: &mut Vm, args: Args) -> PyResult<Value> {
    protocol::check_args(vm, "getweakrefcount", &args, 1, 1)?;
    Ok(Value::Int(crate::object::weakref::weak_count(&args.pos()[0]) as i64))
}

/// `getweakrefs(obj)`: minivm does not list an object's references; an empty list.
fn getweakrefs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    protocol::check_args(vm, "getweakrefs", &args, 1, 1)?;
    Ok(Value::list(vec![]))
}

/// `_remove_dead_weakref(dict, key)`: deletes `dict[key]` if it is a dead reference.
fn remove_dead_weakref(vm: &mut Vm, args: Args) -> PyResult<Value> {
    protocol::check_args(vm, "_remove_dead_weakref", &args, 2, 2)?;
    let Value::Dict(d) = &args.pos()[0] else {
        return Err(vm.type_error("_remove_dead_weakref() argument 1 must be dict".into()));
    };
    let key = protocol::dict_key(vm, d, &args.pos()[1])?;
    if let Some(Value::Object(o)) = d.get(&key)
        && let Object::WeakRef(w) = &*o
        && w.target.get().is_none()
    {
        d.remove(&key);
    }
    Ok(Value::None)
}

/// The weak reference a value is (or extends, for a subclass such as `KeyedRef`).
pub fn as_weakref(v: &Value) -> Option<&WeakRef> {
    let v = match v {
        Value::Instance(i) if !i.base.is_null() => &i.base,
        _ => v,
    };
    match v {
        Value::Object(o) => match &**o {
            Object::WeakRef(w) => Some(w),
            _ => None,
        },
        _ => None,
    }
}

/// Calling a reference: the object, or None once it is gone.
pub fn call(w: &WeakRef) -> Value {
    w.target.get().unwrap_or(Value::None)
}

/// `hash(ref)`: the object's hash, kept, so a dead reference still hashes as it did.
pub fn hash(vm: &mut Vm, w: &WeakRef) -> PyResult<i64> {
    if let Some(h) = w.hash.get() {
        return Ok(h);
    }
    let Some(obj) = w.target.get() else { return Err(vm.type_error("weak object has gone away".into())) };
    let h = protocol::hash(vm, &obj)?;
    w.hash.set(Some(h));
    Ok(h)
}

/// `a == b` for two references: their objects compared while both live, else identity.
pub fn eq(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<Option<bool>> {
    let (Some(x), Some(y)) = (as_weakref(a), as_weakref(b)) else { return Ok(None) };
    if x.proxy || y.proxy {
        return Ok(None);
    }
    match (x.target.get(), y.target.get()) {
        (Some(p), Some(q)) => Ok(Some(protocol::eq(vm, &p, &q)?)),
        _ => Ok(Some(a.is(b))),
    }
}

pub fn repr(vm: &mut Vm, v: &Value, w: &WeakRef) -> PyResult<String> {
    let at = v.identity().unwrap_or(0);
    let kind = if w.proxy { "weakproxy" } else { "weakref" };
    Ok(match w.target.get() {
        None => format!("<{kind} at {at:#x}; dead>"),
        Some(obj) => {
            let name = type_name(vm, &obj);
            format!("<{kind} at {at:#x}; to '{name}' at {:#x}>", obj.identity().unwrap_or(0))
        }
    })
}

/// The object behind a proxy, or `ReferenceError` once it is gone.
pub fn proxied(vm: &mut Vm, w: &WeakRef) -> PyResult<Value> {
    w.target.get().ok_or_else(|| {
        let t = vm.types.reference_error.clone();
        vm.new_error(&t, "weakly-referenced object no longer exists".into())
    })
}
