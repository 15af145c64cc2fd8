//! Methods of `dict` and of its views.

use std::rc::Rc;

use crate::interp::{PyResult, Vm};
use crate::object::dict::Dict;
use crate::object::exception::PyErr;
use crate::object::function::{Args, NativeMethod};
use crate::object::misc::{DictViewKind, Object};
use crate::object::protocol::{self, check_args, type_name};
use crate::object::value::Value;

pub static METHODS: &[NativeMethod] = crate::methods!("dict";
    "keys" => keys, "values" => values, "items" => items, "get" => get, "pop" => pop,
    "popitem" => popitem, "setdefault" => setdefault, "update" => update, "clear" => clear,
    "copy" => copy, "fromkeys" => fromkeys, "__init__" => init,
);

pub static VIEW_METHODS: &[NativeMethod] = crate::methods!("dict_keys"; "isdisjoint" => isdisjoint);

fn this(v: &Value) -> PyResult<&Rc<Dict>> {
    match v {
        Value::Dict(d) => Ok(d),
        _ => Err(PyErr::fault("dict method on a non-dict")),
    }
}

fn view(d: &Value, kind: DictViewKind) -> PyResult<Value> {
    Ok(Value::object(Object::DictView { dict: this(d)?.clone(), kind }))
}

fn keys(vm: &mut Vm, d: &Value, args: Args) -> PyResult<Value> {
    check_args(vm, "keys", &args, 0, 0)?;
    view(d, DictViewKind::Keys)
}

fn values(vm: &mut Vm, d: &Value, args: Args) -> PyResult<Value> {
    check_args(vm, "values", &args, 0, 0)?;
    view(d, DictViewKind::Values)
}

fn items(vm: &mut Vm, d: &Value, args: Args) -> PyResult<Value> {
    check_args(vm, "items", &args, 0, 0)?;
    view(d, DictViewKind::Items)
}

fn get(vm: &mut Vm, d: &Value, args: Args) -> PyResult<Value> {
    check_args(vm, "get", &args, 1, 2)?;
    let key = protocol::dict_key(vm, this(d)?, &args.pos()[0])?;
    Ok(this(d)?.get(&key).unwrap_or_else(|| args.pos().get(1).cloned().unwrap_or(Value::None)))
}

fn pop(vm: &mut Vm, d: &Value, args: Args) -> PyResult<Value> {
    check_args(vm, "pop", &args, 1, 2)?;
    let key = protocol::dict_key(vm, this(d)?, &args.pos()[0])?;
    match this(d)?.remove(&key) {
        Some(v) => Ok(v),
        None => match args.pos().get(1) {
            Some(default) => Ok(default.clone()),
            None => Err(vm.key_error(args.pos()[0].clone())),
        },
    }
}

fn popitem(vm: &mut Vm, d: &Value, args: Args) -> PyResult<Value> {
    check_args(vm, "popitem", &args, 0, 0)?;
    match this(d)?.borrow_mut().pop() {
        Some((k, v)) => Ok(Value::tuple(vec![k.value, v])),
        None => Err(vm.key_error(Value::str("popitem(): dictionary is empty"))),
    }
}

fn setdefault(vm: &mut Vm, d: &Value, args: Args) -> PyResult<Value> {
    check_args(vm, "setdefault", &args, 1, 2)?;
    let key = protocol::dict_key(vm, this(d)?, &args.pos()[0])?;
    let dict = this(d)?;
    if let Some(v) = dict.get(&key) {
        return Ok(v);
    }
    let default = args.pos().get(1).cloned().unwrap_or(Value::None);
    dict.insert(key, default.clone());
    Ok(default)
}

/// Adds the entries of a mapping, or of an iterable of pairs, to `d`.
pub fn update_from(vm: &mut Vm, d: &Rc<Dict>, v: &Value) -> PyResult<()> {
    let plain = match v {
        Value::Dict(other) => Some(other.clone()),
        Value::Instance(i) => match &i.base {
            Value::Dict(other) if crate::object::class::special(vm, v, "keys").is_none() => {
                Some(other.clone())
            }
            _ => None,
        },
        _ => None,
    };
    if let Some(other) = plain {
        for (k, val) in other.items() {
            let key = protocol::key(vm, &k)?;
            d.insert(key, val);
        }
        return Ok(());
    }
    // Any other mapping: its keys(), and the values they index.
    if matches!(v, Value::Instance(_))
        && let Ok(keys) = crate::object::attr::getattr(vm, v, &crate::object::str::PyStr::new("keys"))
    {
        let keys = vm.call(&keys, &[], &[])?;
        for k in protocol::collect(vm, &keys)? {
            let val = protocol::getitem(vm, v, &k)?;
            let key = protocol::key(vm, &k)?;
            d.insert(key, val);
        }
        return Ok(());
    }
    let it = protocol::iter(vm, v)
        .map_err(|_| vm.type_error(format!("'{}' object is not iterable", type_name(vm, v))))?;
    let mut i = 0;
    while let Some(item) = protocol::next(vm, &it)? {
        let pair = protocol::collect(vm, &item).map_err(|_| {
            vm.type_error(format!("cannot convert dictionary update sequence element #{i} to a sequence"))
        })?;
        if pair.len() != 2 {
            return Err(vm.value_error(format!(
                "dictionary update sequence element #{i} has length {}; 2 is required",
                pair.len()
            )));
        }
        let key = protocol::key(vm, &pair[0])?;
        d.insert(key, pair[1].clone());
        i += 1;
    }
    Ok(())
}

fn update(vm: &mut Vm, d: &Value, args: Args) -> PyResult<Value> {
    if args.pos().len() > 1 {
        return Err(vm.type_error(format!("update expected at most 1 argument, got {}", args.pos().len())));
    }
    let dict = this(d)?.clone();
    if let Some(v) = args.pos().first() {
        update_from(vm, &dict, v)?;
    }
    for (k, v) in args.kwargs() {
        dict.set_str(k, v.clone());
    }
    Ok(Value::None)
}

fn clear(vm: &mut Vm, d: &Value, args: Args) -> PyResult<Value> {
    check_args(vm, "clear", &args, 0, 0)?;
    this(d)?.borrow_mut().clear();
    Ok(Value::None)
}

fn copy(vm: &mut Vm, d: &Value, args: Args) -> PyResult<Value> {
    check_args(vm, "copy", &args, 0, 0)?;
    let copy = Dict::new();
    *copy.borrow_mut() = this(d)?.borrow().clone();
    Ok(Value::Dict(Rc::new(copy)))
}

fn fromkeys(vm: &mut Vm, _d: &Value, args: Args) -> PyResult<Value> {
    check_args(vm, "fromkeys", &args, 1, 2)?;
    let value = args.pos().get(1).cloned().unwrap_or(Value::None);
    let d = Dict::new();
    for k in protocol::collect(vm, &args.pos()[0])? {
        let key = protocol::key(vm, &k)?;
        d.insert(key, value.clone());
    }
    Ok(Value::Dict(Rc::new(d)))
}

fn isdisjoint(vm: &mut Vm, v: &Value, args: Args) -> PyResult<Value> {
    check_args(vm, "isdisjoint", &args, 1, 1)?;
    for item in protocol::collect(vm, &args.pos()[0])? {
        if protocol::contains(vm, v, &item)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

/// `dict.__init__(self, mapping_or_pairs=(), **kwargs)` (for subclasses).
pub fn init(vm: &mut Vm, d: &Value, args: Args) -> PyResult<Value> {
    update(vm, d, args)
}
