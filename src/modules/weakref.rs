//! `_weakref`: weak references (after CPython's `Objects/weakrefobject.c` and
//! `Modules/_weakref.c`). minivm's heap values are `Rc`s, so a weak reference is an
//! `std::rc::Weak` to the referent: it does not keep the referent alive and upgrades to it while
//! it lives. Instances, functions, classes, sets and dicts can be weakly referenced.
//!
//! Callbacks: an instance's `Drop` reports its death here (`referent_died`), and the callback
//! of each weak reference to it still alive is queued on the VM's finaliser queue, which runs
//! at the next safe point of the eval loop (as `__del__` does in minivm), not in the middle of
//! the statement that dropped the last reference as in CPython. The referents that are not
//! instances (functions, classes, sets, dicts) have no death hook: their weak references go
//! dead, but their callbacks are not called.
//!
//! `ReferenceType` and the proxies are Python classes (`python/weakref_types.py`), so that
//! CPython's `weakref.WeakMethod` and `KeyedRef` can subclass them.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::{Rc, Weak};

use super::native_util as util;
use crate::interp::{PyResult, Vm};
use crate::object::dict::Dict;
use crate::object::function::{Args, Function};
use crate::object::instance::Instance;
use crate::object::protocol::{check_args, type_name};
use crate::object::set::Set;
use crate::object::types::Type;
use crate::object::value::Value;

static TYPES: &[u8] = include_bytes!("python/weakref_types.pyc");

/// The referent of a weak reference.
enum Target {
    Instance(Weak<Instance>),
    Function(Weak<Function>),
    Type(Weak<Type>),
    Set(Weak<Set>),
    Dict(Weak<Dict>),
}

impl Target {
    fn of(v: &Value) -> Option<Target> {
        Some(match v {
            Value::Instance(i) => Target::Instance(Rc::downgrade(i)),
            Value::Function(f) => Target::Function(Rc::downgrade(f)),
            Value::Type(t) => Target::Type(Rc::downgrade(t)),
            Value::Set(s) => Target::Set(Rc::downgrade(s)),
            Value::Dict(d) => Target::Dict(Rc::downgrade(d)),
            _ => return None,
        })
    }

    fn get(&self) -> Option<Value> {
        Some(match self {
            Target::Instance(w) => Value::Instance(w.upgrade()?),
            Target::Function(w) => Value::Function(w.upgrade()?),
            Target::Type(w) => Value::Type(w.upgrade()?),
            Target::Set(w) => Value::Set(w.upgrade()?),
            Target::Dict(w) => Value::Dict(w.upgrade()?),
        })
    }
}

thread_local! {
    /// For each weakly referenced instance (by address), the weak reference objects made to it,
    /// themselves held weakly: what `getweakrefs` lists and whose callbacks run at its death.
    static REFERRERS: RefCell<HashMap<usize, Vec<Weak<Instance>>>> = RefCell::new(HashMap::new());
    /// Whether any instance was ever weakly referenced: until then a dying instance costs one
    /// flag test.
    static ANY: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Called by an instance's `Drop`: queues the callbacks of the weak references to it.
pub fn referent_died(address: usize) {
    if !ANY.try_with(|any| any.get()).unwrap_or(false) {
        return;
    }
    let refs = REFERRERS.try_with(|map| map.try_borrow_mut().ok().and_then(|mut m| m.remove(&address)));
    let Ok(Some(refs)) = refs else { return };
    // Newest first, as CPython calls them.
    for r in refs.iter().rev() {
        if let Some(r) = r.upgrade() {
            crate::interp::generator::queue_weak_callback(Value::Instance(r));
        }
    }
}

pub fn init(vm: &mut Vm, dict: &Dict) -> PyResult<()> {
    super::add_functions(
        dict,
        "_weakref",
        &[("_new", new_handle), ("_get", get), ("getweakrefcount", getweakrefcount), ("_refs", refs)],
    );
    util::run_python_half(vm, dict, "_weakref", TYPES)
}

/// `_new(ob, wref)`: the handle of a weak reference to `ob`, recorded as `wref`'s (the Python
/// object) for `getweakrefs` and the callback.
fn new_handle(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "_new", &args, 2, 2)?;
    let [ob, wref] = args.pos() else { return Ok(Value::None) };
    let Some(target) = Target::of(ob) else {
        return Err(vm.type_error(format!("cannot create weak reference to '{}' object", type_name(vm, ob))));
    };
    if let (Value::Instance(i), Value::Instance(w)) = (ob, wref) {
        let address = Rc::as_ptr(i) as usize;
        let w = Rc::downgrade(w);
        REFERRERS.with(|map| map.borrow_mut().entry(address).or_default().push(w));
        ANY.with(|any| any.set(true));
    }
    Ok(util::new_state("weakref", target))
}

/// `_get(handle)`: the referent, or None once it has died.
fn get(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "_get", &args, 1, 1)?;
    let found = util::with_state::<Target, _>(vm, &args.pos()[0], |t| t.get())?;
    Ok(found.unwrap_or(Value::None))
}

/// The live weak reference objects to `ob` (an instance; others are not tracked).
fn live_refs(ob: &Value) -> Vec<Value> {
    let Value::Instance(i) = ob else { return Vec::new() };
    let address = Rc::as_ptr(i) as usize;
    REFERRERS.with(|map| {
        let mut map = map.borrow_mut();
        let Some(list) = map.get_mut(&address) else { return Vec::new() };
        list.retain(|w| w.strong_count() > 0);
        list.iter().filter_map(|w| w.upgrade()).map(Value::Instance).collect()
    })
}

fn getweakrefcount(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "getweakrefcount", &args, 1, 1)?;
    Ok(Value::Int(live_refs(&args.pos()[0]).len() as i64))
}

fn refs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "_refs", &args, 1, 1)?;
    Ok(Value::list(live_refs(&args.pos()[0])))
}
