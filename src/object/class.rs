//! Classes defined in Python: creating the type (C3 method resolution order, the namespace
//! as its dict) and looking names up along the MRO (`Objects/typeobject.c`).

use std::rc::Rc;

use super::dict::Dict;
use super::str::PyStr;
use super::types::{Type, TypeKind};
use super::value::Value;
use crate::interp::{PyResult, Vm};

/// C3 linearisation: the MRO of a class with these bases, the class itself left out.
pub fn c3_mro(vm: &Vm, bases: &[Rc<Type>]) -> PyResult<Vec<Rc<Type>>> {
    let mut seqs: Vec<Vec<Rc<Type>>> =
        bases.iter().map(|b| std::iter::once(b.clone()).chain(b.mro.iter().cloned()).collect()).collect();
    seqs.push(bases.to_vec());
    let mut out = Vec::new();
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Ok(out);
        }
        let candidate = seqs
            .iter()
            .map(|s| s[0].clone())
            .find(|c| !seqs.iter().any(|s| s[1..].iter().any(|t| Rc::ptr_eq(t, c))));
        let Some(next) = candidate else {
            let names: Vec<&str> = bases.iter().map(|b| b.name.as_str()).collect();
            return Err(vm.type_error(format!(
                "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                names.join(", ")
            )));
        };
        for s in seqs.iter_mut() {
            if Rc::ptr_eq(&s[0], &next) {
                s.remove(0);
            }
        }
        out.push(next);
    }
}

/// Creates a class: `type(name, bases, namespace)`.
pub fn new_class(vm: &mut Vm, name: &str, bases: Vec<Rc<Type>>, ns: &Dict) -> PyResult<Rc<Type>> {
    let bases = if bases.is_empty() { vec![vm.types.object.clone()] } else { bases };
    // The instance layout comes from the bases: exceptions keep theirs, others are plain objects.
    let mut kind = TypeKind::Instance;
    for b in &bases {
        let layout = match b.kind {
            TypeKind::Object | TypeKind::Instance => continue,
            k @ (TypeKind::Exception
            | TypeKind::List
            | TypeKind::Dict
            | TypeKind::Set
            | TypeKind::FrozenSet
            | TypeKind::Int
            | TypeKind::Float
            | TypeKind::Str
            | TypeKind::Tuple
            | TypeKind::Bytes
            | TypeKind::WeakRef
            | TypeKind::ClassMethod
            | TypeKind::StaticMethod
            | TypeKind::Property
            | TypeKind::ByteArray
            | TypeKind::Type) => k,
            k if k.io_class().is_some() => k,
            _ => {
                return Err(vm.type_error(format!("subclassing '{}' is not supported by minivm yet", b.name)));
            }
        };
        if kind != TypeKind::Instance && kind != layout {
            return Err(vm.type_error("multiple bases have instance lay-out conflict".into()));
        }
        kind = layout;
    }
    let mro = c3_mro(vm, &bases)?;
    let dict = Dict::new();
    let mut qualname = name.to_string();
    let mut module = "__main__".to_string();
    for (k, v) in ns.items() {
        match (&k, &v) {
            (Value::Str(key), Value::Str(q)) if key.as_str() == "__qualname__" => {
                qualname = q.as_str().to_string()
            }
            _ => {
                if let (Value::Str(key), Value::Str(m)) = (&k, &v)
                    && key.as_str() == "__module__"
                {
                    module = m.as_str().to_string();
                }
                if let Value::Str(key) = &k
                    && key.as_str() != "__classcell__"
                {
                    dict.insert(super::protocol::key(vm, &k)?, wrap_implicit(vm, key.as_str(), v));
                }
            }
        }
    }
    if dict.get_str(&PyStr::new("__doc__")).is_none() {
        dict.set_str("__doc__", Value::None);
    }
    // A class that defines __eq__ but not __hash__ is unhashable.
    if dict.get_str(&PyStr::new("__eq__")).is_some() && dict.get_str(&PyStr::new("__hash__")).is_none() {
        dict.set_str("__hash__", Value::None);
    }
    let slots = slot_names(vm, &dict, &mro)?;
    // The `__slots__` names of the MRO come first in the shared keys, at fixed indices (a class
    // with slots only keeps exactly those).
    let mut slot_names: Vec<String> = Vec::new();
    let declared = own_slots(vm, &dict)?.into_iter().chain(mro.iter().filter(|t| t.heap).flat_map(|t| {
        t.shared_keys.borrow()[..t.slot_count].iter().map(|k| k.as_str().to_string()).collect::<Vec<_>>()
    }));
    for name in declared {
        if name != "__dict__" && name != "__weakref__" && !slot_names.contains(&name) {
            slot_names.push(name);
        }
    }
    let slot_count = slot_names.len();
    let shared_keys: Vec<Rc<PyStr>> = slot_names.iter().map(|n| super::str::intern(n)).collect();
    let del = PyStr::new("__del__");
    let has_del =
        dict.get_str(&del).is_some() || mro.iter().any(|t| t.heap && t.dict.get_str(&del).is_some());
    let has_del = std::cell::Cell::new(has_del);
    // The metaclass is inherited from the bases (the most derived one).
    let mut metaclass: Option<Rc<Type>> = None;
    for b in &bases {
        if let Some(m) = b.metaclass.borrow().as_ref()
            && metaclass.as_ref().is_none_or(|cur| m.is_subtype(cur))
        {
            metaclass = Some(m.clone());
        }
    }
    let metaclass = std::cell::RefCell::new(metaclass);
    let cls = Rc::new(Type {
        name: name.to_string(),
        qualname,
        module,
        heap: true,
        bases,
        mro,
        dict,
        kind,
        slots,
        has_del,
        metaclass,
        subclasses: std::cell::RefCell::new(Vec::new()),
        version: std::cell::Cell::new(0),
        shared_keys: std::cell::RefCell::new(shared_keys),
        caches: Default::default(),
        slot_count,
    });
    for b in &cls.bases {
        b.subclasses.borrow_mut().push(Rc::downgrade(&cls));
    }
    Ok(cls)
}

/// The names a class body's `__slots__` declares.
fn own_slots(vm: &mut Vm, dict: &Dict) -> PyResult<Vec<String>> {
    let Some(own) = dict.get_str(&PyStr::new("__slots__")) else { return Ok(Vec::new()) };
    Ok(match &own {
        Value::Str(s) => vec![s.as_str().to_string()],
        other => {
            let mut out = Vec::new();
            for item in super::protocol::collect(vm, other)? {
                if let Value::Str(s) = item {
                    out.push(s.as_str().to_string());
                }
            }
            out
        }
    })
}

/// The attribute names instances are limited to, if `__slots__` limits them.
fn slot_names(vm: &mut Vm, dict: &Dict, mro: &[Rc<Type>]) -> PyResult<Option<Vec<String>>> {
    if dict.get_str(&PyStr::new("__slots__")).is_none() {
        return Ok(None);
    }
    let mut names = own_slots(vm, dict)?;
    for base in mro.iter().filter(|t| t.heap) {
        match &base.slots {
            Some(inherited) => names.extend(inherited.iter().cloned()),
            None => return Ok(None),
        }
    }
    Ok((!names.iter().any(|n| n == "__dict__")).then_some(names))
}

/// The names the classes of `typ`'s MRO declare in `__slots__`.
pub fn declared_slots(typ: &Rc<Type>) -> Vec<String> {
    let mut names = Vec::new();
    for t in std::iter::once(typ).chain(typ.mro.iter()).filter(|t| t.heap) {
        match t.dict.get_str(&PyStr::new("__slots__")) {
            Some(Value::Str(s)) => names.push(s.as_str().to_string()),
            Some(Value::Tuple(items)) => names.extend(items.items().iter().filter_map(|v| match v {
                Value::Str(s) => Some(s.as_str().to_string()),
                _ => None,
            })),
            Some(Value::List(items)) => names.extend(items.to_vec().iter().filter_map(|v| match v {
                Value::Str(s) => Some(s.as_str().to_string()),
                _ => None,
            })),
            _ => {}
        }
    }
    names
}

/// `__new__`, `__init_subclass__` and `__class_getitem__` are implicitly static or class methods.
fn wrap_implicit(_vm: &Vm, name: &str, v: Value) -> Value {
    match (name, &v) {
        ("__new__", Value::Function(_)) => Value::object(super::misc::Object::StaticMethod(v)),
        ("__init_subclass__" | "__class_getitem__", Value::Function(_)) => {
            Value::object(super::misc::Object::ClassMethod(v))
        }
        _ => v,
    }
}

/// Finds `name` in the class or along its MRO (`_PyType_Lookup`); builtin classes on the way
/// contribute their native methods (`list.append` for a subclass of list).
pub fn lookup(typ: &Rc<Type>, name: &PyStr) -> Option<Value> {
    if !name.is_interned() {
        return lookup_uncached(typ, name);
    }
    let address = name as *const PyStr as usize;
    if let Some((_, found)) = typ.caches.lookup.borrow().iter().find(|(a, _)| *a == address) {
        return found.clone();
    }
    let found = lookup_uncached(typ, name);
    let mut cache = typ.caches.lookup.borrow_mut();
    if cache.len() < 64 {
        cache.push((address, found.clone()));
    }
    found
}

fn lookup_uncached(typ: &Rc<Type>, name: &PyStr) -> Option<Value> {
    if let Some(v) = typ.dict.get_str(name) {
        return Some(v);
    }
    typ.mro.iter().find_map(|t| {
        t.dict.get_str(name).or_else(|| {
            if t.heap || t.kind == TypeKind::Object {
                None
            } else {
                crate::builtins::types::method(t.kind, name.as_str()).map(Value::NativeMethod)
            }
        })
    })
}

/// Finds `name` along the MRO after `after` (for `super()`).
pub fn lookup_after(typ: &Rc<Type>, after: &Rc<Type>, name: &PyStr) -> Option<Value> {
    let full: Vec<&Rc<Type>> = std::iter::once(typ).chain(typ.mro.iter()).collect();
    let start = full.iter().position(|t| Rc::ptr_eq(t, after)).map_or(full.len(), |i| i + 1);
    full[start..].iter().find_map(|t| t.dict.get_str(name))
}

/// A special method of `v`'s class defined in Python (`__repr__`, `__add__`, …), if any.
pub fn special(vm: &Vm, v: &Value, name: &str) -> Option<Value> {
    let typ = super::protocol::type_of(vm, v);
    if !typ.heap {
        return None;
    }
    if let Some((_, found)) = typ.caches.special.borrow().iter().find(|(n, _)| &**n == name) {
        return found.clone();
    }
    let found = find_special(&typ, &PyStr::new(name));
    let mut cache = typ.caches.special.borrow_mut();
    if cache.len() < 64 {
        cache.push((name.into(), found.clone()));
    }
    found
}

/// `special` without the cache: the class attribute, if a Python class of the MRO defines it.
fn find_special(typ: &Rc<Type>, name: &PyStr) -> Option<Value> {
    let found = lookup(typ, name)?;
    // Found on a builtin base (object, Exception): the builtin behaviour applies.
    let defined_in_python = std::iter::once(typ)
        .chain(typ.mro.iter())
        .find(|t| t.dict.get_str(name).is_some())
        .is_some_and(|t| t.heap);
    defined_in_python.then_some(found)
}

/// Calls the special method `name` of `v` with `args`, if its class defines one in Python.
pub fn call_special(vm: &mut Vm, v: &Value, name: &str, args: &[Value]) -> PyResult<Option<Value>> {
    let Some(method) = special(vm, v, name) else { return Ok(None) };
    if method.is_none() {
        return Ok(None);
    }
    let bound = super::attr::bind_descriptor(vm, method, v, &super::protocol::type_of(vm, v))?;
    vm.call(&bound, args, &[]).map(Some)
}
