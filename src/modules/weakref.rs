//! `_weakref`: weak references (`ref`, `proxy`) and their counts, after CPython's
//! `Modules/_weakref.c` and `Objects/weakrefobject.c`. The reference object is
//! `object::weakref::WeakRef`; this module makes them and gives them CPython's behaviour:
//! calling, hashing and comparing through the referent, reprs, and proxies forwarding
//! attribute access.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::{Rc, Weak};

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
    let target = args.pos().first().cloned();
    let made = Value::object(Object::WeakRef(new_weak(vm, "__new__", &args, false)?));
    watch(target.as_ref(), &made);
    Ok(made)
}

fn proxy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let target = args.pos().first().cloned();
    let made = Value::object(Object::WeakRef(new_weak(vm, "proxy", &args, true)?));
    watch(target.as_ref(), &made);
    Ok(made)
}

/// Who learns of an instance's death: the reference, or the Python subclass instance
/// (`KeyedRef`) that extends it, so its callback receives that.
enum Holder {
    Plain(Weak<Object>),
    Wrapped(Weak<crate::object::instance::Instance>),
}

thread_local! {
    /// Instances with weak references that have callbacks, by address.
    static WATCHED: RefCell<HashMap<usize, Vec<Holder>>> = RefCell::new(HashMap::new());
}

/// Remembers `made` for the death of its instance referent (and for `getweakrefs`).
fn watch(target: Option<&Value>, made: &Value) {
    let (Some(Value::Instance(inst)), Value::Object(o)) = (target, made) else { return };
    let address = Rc::as_ptr(inst) as usize;
    let holder = Holder::Plain(Rc::downgrade(o));
    let _ = WATCHED.try_with(|w| w.borrow_mut().entry(address).or_default().push(holder));
}

/// A Python subclass instance now stands for reference `base` (made by `ref.__new__`).
pub fn wrapped(base: &Value, instance: &Rc<crate::object::instance::Instance>) {
    let (Value::Object(o), Some(w)) = (base, as_weakref(base)) else { return };
    let Some(Value::Instance(target)) = w.target.get() else { return };
    let address = Rc::as_ptr(&target) as usize;
    let _ = WATCHED.try_with(|watched| {
        if let Some(list) = watched.borrow_mut().get_mut(&address) {
            for h in list.iter_mut() {
                if matches!(h, Holder::Plain(p) if std::ptr::eq(p.as_ptr(), Rc::as_ptr(o))) {
                    *h = Holder::Wrapped(Rc::downgrade(instance));
                }
            }
        }
    });
}

/// Called as an instance is freed: the callbacks of its references still alive are queued,
/// to run at the VM's next safe point (as `__del__` runs in minivm).
pub fn referent_died(address: usize) {
    let holders = WATCHED.try_with(|w| w.try_borrow_mut().ok().and_then(|mut w| w.remove(&address)));
    for holder in holders.ok().flatten().unwrap_or_default() {
        let live = match holder {
            Holder::Plain(w) => w.upgrade().map(Value::Object),
            Holder::Wrapped(w) => w.upgrade().map(Value::Instance),
        };
        if let Some(r) = live {
            crate::interp::generator::queue_weak_callback(r);
        }
    }
}

fn getweakrefcount(vm: &mut Vm, args: Args) -> PyResult<Value> {
    protocol::check_args(vm, "getweakrefcount", &args, 1, 1)?;
    Ok(Value::Int(crate::object::weakref::weak_count(&args.pos()[0]) as i64))
}

/// `getweakrefs(obj)`: the live references to an instance (other referents: none listed).
fn getweakrefs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    protocol::check_args(vm, "getweakrefs", &args, 1, 1)?;
    let Value::Instance(inst) = &args.pos()[0] else { return Ok(Value::list(vec![])) };
    let address = Rc::as_ptr(inst) as usize;
    let refs = WATCHED.try_with(|w| {
        w.borrow().get(&address).map_or_else(Vec::new, |list| {
            list.iter()
                .filter_map(|h| match h {
                    Holder::Plain(p) => p.upgrade().map(Value::Object),
                    Holder::Wrapped(i) => i.upgrade().map(Value::Instance),
                })
                .collect()
        })
    });
    Ok(Value::list(refs.unwrap_or_default()))
}

/// `_remove_dead_weakref(dict, key)`: deletes `dict[key]` if it is a dead reference.
fn remove_dead_weakref(vm: &mut Vm, args: Args) -> PyResult<Value> {
    protocol::check_args(vm, "_remove_dead_weakref", &args, 2, 2)?;
    let Value::Dict(d) = &args.pos()[0] else {
        return Err(vm.type_error("_remove_dead_weakref() argument 1 must be dict".into()));
    };
    let key = protocol::dict_key(vm, d, &args.pos()[1])?;
    if let Some(v) = d.get(&key)
        && as_weakref(&v).is_some_and(|w| w.target.get().is_none())
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
