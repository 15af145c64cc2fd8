//! The specialised forms of `LOAD_ATTR` and `STORE_ATTR`, and the specialisers that choose
//! them (CPython 3.12's `specialize.c` decides the same way; `vm-tests/adaptive` checks it).
//!
//! Every form is guarded by the owner's type version (`Type::version_tag`), which the class
//! drops when it or a base changes. The caches hold that version (units 1–2), an index or a
//! second version (units 3–4) and, where the form needs an object (a method, a class attribute,
//! a property getter), the number of a slot in the code's `site_objects` (unit 5).

use super::Flow;
use crate::interp::{Frame, PyResult, Vm, adaptive};
use crate::object::instance::Instance;
use crate::object::misc::Object;
use crate::object::str::PyStr;
use crate::object::types::Type;
use crate::object::value::Value;
use crate::object::{class, protocol};
use crate::opcode::Opcode;
use std::rc::Rc;

/// `LOAD_ATTR_SLOT`'s index for `__class__` (every object has one; it is not stored).
const CLASS_SLOT: u32 = 0xffff;

/// Two cache units read as one 32-bit number.
#[inline]
fn read32(frame: &Frame, n: usize) -> u32 {
    let unit = |n| adaptive::cache(frame, n).map_or(0, |c| c.get() as u32);
    unit(n) | unit(n + 1) << 16
}

fn write32(frame: &Frame, n: usize, v: u32) -> Option<()> {
    adaptive::cache(frame, n)?.set(v as u16);
    adaptive::cache(frame, n + 1)?.set((v >> 16) as u16);
    Some(())
}

/// The version of `v`'s type as it is now (0: none, which no cache holds).
#[inline]
fn type_version(vm: &Vm, v: &Value) -> u32 {
    match v {
        Value::Instance(i) => i.typ().version.get(),
        Value::Exception(e) => e.typ.version.get(),
        _ => protocol::type_of(vm, v).version.get(),
    }
}

/// What the owner's class has under the attribute's name (CPython's `analyze_descriptor`).
enum Descriptor {
    /// Nothing: the attribute can only come from the instance.
    Absent,
    /// A function or a builtin method: binds to the instance.
    Method(Value),
    /// A property whose getter is a Python function.
    Property(Rc<crate::object::function::Function>),
    /// A slot of `__slots__`, at this index of the instance's values.
    Slot(u32),
    /// `__class__`.
    DunderClass,
    /// A Python `__getattribute__`.
    GetattributeOverridden(Rc<crate::object::function::Function>),
    /// A plain value (an int, a class, …) on the class.
    PlainValue(Value),
    /// Anything else (a data descriptor, a classmethod, a `__get__`): not specialised.
    Other,
}

fn analyze(vm: &Vm, owner: &Value, typ: &Rc<Type>, name: &PyStr, store: bool) -> Descriptor {
    if typ.heap
        && !store
        && let Some(hook) = class::special(vm, owner, "__getattribute__")
    {
        return match hook {
            Value::Function(f) => Descriptor::GetattributeOverridden(f),
            _ => Descriptor::Other,
        };
    }
    if name.as_str() == "__class__" {
        let overridden = typ.heap
            && std::iter::once(typ).chain(typ.mro.iter()).any(|t| t.heap && t.dict.get_str(name).is_some());
        return if overridden { Descriptor::Other } else { Descriptor::DunderClass };
    }
    let found = if typ.heap {
        class::lookup(typ, name)
    } else {
        crate::builtins::types::method(typ.kind, name.as_str()).map(Value::NativeMethod)
    };
    // A `__slots__` name (not shadowed by a class attribute), for instances kept as values.
    if found.is_none()
        && matches!(owner, Value::Instance(i) if i.base.is_null())
        && let Some(i) = typ.shared_index(name).filter(|i| *i < typ.slot_count)
    {
        return Descriptor::Slot(i as u32);
    }
    if found.as_ref().is_some_and(mutable_type) {
        return Descriptor::Other;
    }
    match found {
        None => Descriptor::Absent,
        Some(v @ (Value::Function(_) | Value::NativeMethod(_))) => Descriptor::Method(v),
        Some(Value::Object(o)) => match &*o {
            Object::Property { fget: Value::Function(f), .. } => Descriptor::Property(f.clone()),
            Object::Property { .. } | Object::ClassMethod(_) | Object::StaticMethod(_) => Descriptor::Other,
            _ => Descriptor::PlainValue(Value::Object(o.clone())),
        },
        Some(v @ Value::Instance(_)) => {
            let descriptor =
                ["__get__", "__set__", "__delete__"].iter().any(|m| class::special(vm, &v, m).is_some());
            if descriptor { Descriptor::Other } else { Descriptor::PlainValue(v) }
        }
        Some(v) => Descriptor::PlainValue(v),
    }
}

/// Whether a class attribute's own type is a class defined in Python (CPython's `MUTABLE`
/// kind: such a value's behaviour could change without the owner's version changing).
fn mutable_type(v: &Value) -> bool {
    match v {
        Value::Instance(i) => i.typ().heap,
        Value::Exception(e) => e.typ.heap,
        Value::Type(t) => t.metaclass.borrow().is_some(),
        _ => false,
    }
}

/// No form: the reason, in words, for the stats and the event log.
fn refuse(reason: &'static str) -> Option<Opcode> {
    adaptive::because(|| reason.to_string());
    None
}

/// What a class attribute is, for a refusal's reason.
fn kind_of(descriptor: &Descriptor) -> &'static str {
    match descriptor {
        Descriptor::Absent => "not on the class (an instance attribute)",
        Descriptor::Method(_) => "a method",
        Descriptor::Property(_) => "a property",
        Descriptor::Slot(_) => "a __slots__ value",
        Descriptor::DunderClass => "__class__",
        Descriptor::GetattributeOverridden(_) => "behind a Python __getattribute__",
        Descriptor::PlainValue(_) => "a plain class attribute",
        Descriptor::Other => {
            "a data descriptor, classmethod, staticmethod, or a value whose type is a Python class"
        }
    }
}

/// Chooses a `LOAD_ATTR` form for the owner on top of the stack, filling the caches.
pub fn specialize_load_attr(vm: &Vm, frame: &Frame, arg: u32) -> Option<Opcode> {
    let owner = frame.top(0).ok()?;
    let name = frame.name(arg >> 1).ok()?;
    let method = arg & 1 != 0;
    match owner {
        Value::Object(o) if matches!(&**o, Object::Module(_)) => {
            return super::attr::specialize_module_attr(frame, arg);
        }
        Value::Type(t) => return specialize_class_attr(vm, frame, t, name),
        _ => {}
    }
    let typ = protocol::type_of(vm, owner);
    let descriptor = analyze(vm, owner, &typ, name, false);
    let (form, index) = if method {
        let Descriptor::Method(m) = descriptor else {
            let kind = kind_of(&descriptor);
            adaptive::because(|| format!("method form, but the attribute is {kind}"));
            return None;
        };
        let (form, index) = match owner {
            // A subclass of a builtin type keeps a dict that may shadow the method.
            Value::Instance(i) if !i.base.is_null() => {
                return refuse("the instance extends a builtin type, and its dict may shadow the method");
            }
            Value::Instance(_) if typ.heap && typ.slots.is_some() => (Opcode::LoadAttrMethodNoDict, 0),
            // No instance attribute may shadow the method: the shared keys must not have its
            // name, and must not grow (their length is the "keys version").
            Value::Instance(i) if typ.heap => {
                if !i.has_values() {
                    return refuse("the instance has a materialised __dict__");
                }
                if typ.shared_index(name).is_some() {
                    return refuse("instances of the class have an attribute of the method's name");
                }
                (Opcode::LoadAttrMethodWithValues, typ.shared_keys_len() as u32)
            }
            Value::Exception(e) if e.attrs.is_empty() => (Opcode::LoadAttrMethodLazyDict, 0),
            Value::Exception(_) => return refuse("the exception instance has attributes (its dict exists)"),
            Value::Function(_) => return refuse("a method of a function object (functions have a dict)"),
            _ => (Opcode::LoadAttrMethodNoDict, 0),
        };
        adaptive::set_site_object(frame, 5, m)?;
        (form, index)
    } else {
        match descriptor {
            Descriptor::Property(f) if f.code.object.argcount == 1 && simple_function(&f) => {
                adaptive::set_site_object(frame, 5, Value::Function(f.clone()))?;
                (Opcode::LoadAttrProperty, f.version_for_now()?)
            }
            Descriptor::GetattributeOverridden(f) if f.code.object.argcount == 2 && simple_function(&f) => {
                adaptive::set_site_object(frame, 5, Value::Function(f.clone()))?;
                (Opcode::LoadAttrGetattributeOverridden, f.version_for_now()?)
            }
            Descriptor::Slot(i) => (Opcode::LoadAttrSlot, i),
            Descriptor::DunderClass => (Opcode::LoadAttrSlot, CLASS_SLOT),
            // A plain class attribute read through an instance (minivm extension, from 3.13).
            Descriptor::PlainValue(v) => match owner {
                Value::Instance(i) if typ.heap && i.base.is_null() && typ.slots.is_some() => {
                    if !adaptive::allowed(Opcode::LoadAttrNondescriptorNoDict) {
                        return None;
                    }
                    adaptive::set_site_object(frame, 5, v)?;
                    (Opcode::LoadAttrNondescriptorNoDict, 0)
                }
                Value::Instance(i) if typ.heap && i.has_values() && typ.shared_index(name).is_none() => {
                    if !adaptive::allowed(Opcode::LoadAttrNondescriptorWithValues) {
                        adaptive::because(|| {
                            "a plain class attribute read through an instance (3.13 specialises it)".into()
                        });
                        return None;
                    }
                    adaptive::set_site_object(frame, 5, v)?;
                    (Opcode::LoadAttrNondescriptorWithValues, typ.shared_keys_len() as u32)
                }
                _ => return refuse("a plain class attribute read through an object without instance values"),
            },
            Descriptor::Absent => {
                let Value::Instance(i) = owner else {
                    return refuse(
                        "the attribute is not on the class, and the owner has no instance dict to index",
                    );
                };
                if !typ.heap {
                    return refuse("an instance of object()");
                }
                let index = match i.materialised() {
                    None => typ.shared_index(name).map(|i| (Opcode::LoadAttrInstanceValue, i as u32)),
                    Some(d) => d
                        .index_of_str(name)
                        .and_then(|i| u16::try_from(i).ok())
                        .map(|i| (Opcode::LoadAttrWithHint, i as u32)),
                };
                match index {
                    Some(found) => found,
                    None => {
                        return refuse(
                            "the instance does not have the attribute (it would raise or call __getattr__)",
                        );
                    }
                }
            }
            Descriptor::Method(_) => return refuse("a method loaded without calling it"),
            Descriptor::Property(_) | Descriptor::GetattributeOverridden(_) => {
                return refuse("the getter is not a simple Python function of the right arity");
            }
            other => {
                let kind = kind_of(&other);
                adaptive::because(|| format!("the class attribute is {kind}"));
                return None;
            }
        }
    };
    if matches!(form, Opcode::LoadAttrProperty | Opcode::LoadAttrGetattributeOverridden) && index == 0 {
        return None;
    }
    write32(frame, 1, typ.version_tag()?)?;
    write32(frame, 3, index)?;
    Some(form)
}

/// Whether a function's frame can take its positional arguments directly.
fn simple_function(f: &crate::object::function::Function) -> bool {
    let co = &f.code.object;
    co.kwonlyargcount == 0
        && !co.flags.has(crate::code::CodeFlags::VARARGS | crate::code::CodeFlags::VARKEYWORDS)
        && co.flags.has(crate::code::CodeFlags::OPTIMIZED)
}

/// `Class.name`: a function or a plain value found on the class (not on its metaclass).
fn specialize_class_attr(vm: &Vm, frame: &Frame, t: &Rc<Type>, name: &PyStr) -> Option<Opcode> {
    let n = name.as_str();
    // The metaclass (`type`, or a Python one) has data and methods of its own under these names.
    // A metaclass (a subclass of `type`, or `type` itself) has its own attribute lookup.
    if t.metaclass.borrow().is_some() || t.kind == crate::object::types::TypeKind::Type {
        return refuse("the class has a metaclass of its own (or is one)");
    }
    if n.starts_with("__") || n == "mro" {
        return refuse("a name the metaclass (type) also defines");
    }
    let found = if t.heap {
        class::lookup(t, name)
    } else if crate::object::attr::CLASS_METHODS.contains(&n) {
        return refuse("a builtin classmethod or staticmethod");
    } else {
        crate::builtins::types::method(t.kind, n).map(Value::NativeMethod)
    };
    let Some(found) = found else { return refuse("the class has no such attribute (it would raise)") };
    if mutable_type(&found) {
        return refuse("the attribute's type is a Python class (mutable)");
    }
    match &found {
        Value::Object(o)
            if matches!(&**o, Object::Property { .. } | Object::ClassMethod(_) | Object::StaticMethod(_)) =>
        {
            return refuse("a property, classmethod or staticmethod on the class");
        }
        Value::Instance(_)
            if ["__get__", "__set__", "__delete__"]
                .iter()
                .any(|m| class::special(vm, &found, m).is_some()) =>
        {
            return refuse("a descriptor on the class");
        }
        _ => {}
    }
    adaptive::set_site_object(frame, 5, found)?;
    write32(frame, 1, t.version_tag()?)?;
    Some(Opcode::LoadAttrClass)
}

/// Replaces the owner on top of the stack with the attribute (under a NULL for the method form).
#[inline]
fn push_attr(frame: &mut Frame, arg: u32, value: Value) -> PyResult<Flow> {
    frame.pop()?;
    if arg & 1 != 0 {
        frame.push(Value::Null)?;
    }
    frame.push(value)?;
    Ok(Flow::Continue)
}

/// Replaces the owner with the method, and pushes the owner back as its self.
#[inline]
fn push_method(frame: &mut Frame, method: Value) -> PyResult<Flow> {
    let owner = frame.pop()?;
    frame.push(method)?;
    frame.push(owner)?;
    Ok(Flow::Continue)
}

/// The owner as an instance of the type the site saw.
#[inline]
fn owner_instance(frame: &Frame) -> Option<&Rc<Instance>> {
    match frame.top(0) {
        Ok(Value::Instance(i)) if i.typ().version.get() == read32(frame, 1) => Some(i),
        _ => None,
    }
}

/// `LOAD_ATTR_INSTANCE_VALUE`: the value at the cached index of the instance's values. A hit
/// reads the cache once and writes the value over the owner in place.
pub fn load_attr_instance_value(vm: &mut Vm, frame: &mut Frame, arg: u32) -> PyResult<Flow> {
    let at = frame.lasti + 1;
    let value = match (frame.code.units.get(at + 1..at + 4), frame.stack.last()) {
        (Some([v0, v1, index]), Some(Value::Instance(i)))
            if i.typ().version.get() == (v0.get() as u32 | (v1.get() as u32) << 16) =>
        {
            i.value_at(index.get() as usize)
        }
        _ => None,
    };
    let Some(value) = value else { return super::attr::load_attr(vm, frame, arg) };
    if arg & 1 != 0 {
        return push_attr(frame, arg, value);
    }
    if let Some(top) = frame.stack.last_mut() {
        *top = value;
    }
    Ok(Flow::Continue)
}

/// The instance's dict for a `*_WITH_HINT` form. Under `--specialize=cpython312` a split dict
/// is a miss, as it is in CPython 3.12 (see `Instance::split_dict`); `all` reads it.
#[inline]
fn hinted_dict(frame: &Frame) -> Option<Rc<crate::object::dict::Dict>> {
    let inst = owner_instance(frame)?;
    if inst.split_dict() && adaptive::mode() == adaptive::Mode::Cpython312 {
        return None;
    }
    inst.materialised()
}

/// `LOAD_ATTR_WITH_HINT`: the instance's dict has the name at the cached index.
pub fn load_attr_with_hint(vm: &mut Vm, frame: &mut Frame, arg: u32) -> PyResult<Flow> {
    let value = match (hinted_dict(frame), frame.name(arg >> 1)) {
        (Some(d), Ok(name)) => d.value_at_if_key(read32(frame, 3) as usize, name),
        _ => None,
    };
    match value {
        Some(v) => push_attr(frame, arg, v),
        None => super::attr::load_attr(vm, frame, arg),
    }
}

/// `LOAD_ATTR_SLOT`: a `__slots__` value by index, or the object's class.
pub fn load_attr_slot(vm: &mut Vm, frame: &mut Frame, arg: u32) -> PyResult<Flow> {
    let index = read32(frame, 3);
    let value = if index == CLASS_SLOT {
        let owner = frame.top(0)?;
        (type_version(vm, owner) == read32(frame, 1)).then(|| Value::Type(protocol::type_of(vm, owner)))
    } else {
        owner_instance(frame).and_then(|i| i.value_at(index as usize))
    };
    match value {
        Some(v) => push_attr(frame, arg, v),
        None => super::attr::load_attr(vm, frame, arg),
    }
}

/// `LOAD_ATTR_CLASS`: the class has the version it had; the attribute is the one cached.
pub fn load_attr_class(vm: &mut Vm, frame: &mut Frame, arg: u32) -> PyResult<Flow> {
    let hit = matches!(frame.top(0), Ok(Value::Type(t)) if t.version.get() == read32(frame, 1));
    match adaptive::site_object(frame, 5).filter(|_| hit) {
        Some(v) => push_attr(frame, arg, v),
        None => super::attr::load_attr(vm, frame, arg),
    }
}

/// `LOAD_ATTR_METHOD_WITH_VALUES`: the class is unchanged and its instances' names still do
/// not include the method's, so no instance attribute shadows it.
pub fn load_attr_method_with_values(vm: &mut Vm, frame: &mut Frame, arg: u32) -> PyResult<Flow> {
    let hit = owner_instance(frame)
        .is_some_and(|i| i.has_values() && i.typ().shared_keys_len() as u32 == read32(frame, 3));
    match adaptive::site_object(frame, 5).filter(|_| hit) {
        Some(m) => push_method(frame, m),
        None => super::attr::load_attr(vm, frame, arg),
    }
}

/// `LOAD_ATTR_NONDESCRIPTOR_WITH_VALUES` (minivm extension, from CPython 3.13): a plain class
/// attribute through an instance whose names do not include it (as for the method form).
pub fn load_attr_nondescriptor_with_values(vm: &mut Vm, frame: &mut Frame, arg: u32) -> PyResult<Flow> {
    let hit = owner_instance(frame)
        .is_some_and(|i| i.has_values() && i.typ().shared_keys_len() as u32 == read32(frame, 3));
    match adaptive::site_object(frame, 5).filter(|_| hit) {
        Some(v) => push_attr(frame, arg, v),
        None => super::attr::load_attr(vm, frame, arg),
    }
}

/// `LOAD_ATTR_NONDESCRIPTOR_NO_DICT` (minivm extension, from CPython 3.13): the same for an
/// instance with `__slots__` and no dict.
pub fn load_attr_nondescriptor_no_dict(vm: &mut Vm, frame: &mut Frame, arg: u32) -> PyResult<Flow> {
    let hit = owner_instance(frame).is_some();
    match adaptive::site_object(frame, 5).filter(|_| hit) {
        Some(v) => push_attr(frame, arg, v),
        None => super::attr::load_attr(vm, frame, arg),
    }
}

/// `LOAD_ATTR_METHOD_NO_DICT`: the owner (a builtin value, or an instance with `__slots__`)
/// has no dict, so the class's method is the answer.
pub fn load_attr_method_no_dict(vm: &mut Vm, frame: &mut Frame, arg: u32) -> PyResult<Flow> {
    let hit = frame.top(0).is_ok_and(|owner| type_version(vm, owner) == read32(frame, 1));
    match adaptive::site_object(frame, 5).filter(|_| hit) {
        Some(m) => push_method(frame, m),
        None => super::attr::load_attr(vm, frame, arg),
    }
}

/// `LOAD_ATTR_METHOD_LAZY_DICT`: an exception whose attribute dict is still empty.
pub fn load_attr_method_lazy_dict(vm: &mut Vm, frame: &mut Frame, arg: u32) -> PyResult<Flow> {
    let hit = matches!(frame.top(0), Ok(Value::Exception(e))
        if e.typ.version.get() == read32(frame, 1) && e.attrs.is_empty());
    match adaptive::site_object(frame, 5).filter(|_| hit) {
        Some(m) => push_method(frame, m),
        None => super::attr::load_attr(vm, frame, arg),
    }
}

/// `LOAD_ATTR_PROPERTY` and `LOAD_ATTR_GETATTRIBUTE_OVERRIDDEN`: the getter (or
/// `__getattribute__`) the site saw, unchanged, runs in a frame the loop pushes.
pub fn load_attr_property(vm: &mut Vm, frame: &mut Frame, arg: u32) -> PyResult<Flow> {
    load_attr_through_function(vm, frame, arg, false)
}

pub fn load_attr_getattribute_overridden(vm: &mut Vm, frame: &mut Frame, arg: u32) -> PyResult<Flow> {
    load_attr_through_function(vm, frame, arg, true)
}

fn load_attr_through_function(vm: &mut Vm, frame: &mut Frame, arg: u32, with_name: bool) -> PyResult<Flow> {
    let getter = match (frame.top(0), adaptive::site_object(frame, 5)) {
        (Ok(owner), Some(Value::Function(f)))
            if arg & 1 == 0
                && type_version(vm, owner) == read32(frame, 1)
                && f.version.get() == read32(frame, 3) =>
        {
            f
        }
        _ => return super::attr::load_attr(vm, frame, arg),
    };
    let owner = frame.pop()?;
    let callee = if with_name {
        let name = Value::Str(frame.name(arg >> 1)?.clone());
        crate::interp::call::simple_frame(vm, &getter, [owner, name].into_iter())
    } else {
        crate::interp::call::simple_frame(vm, &getter, std::iter::once(owner))
    };
    Ok(Flow::Call(callee))
}

/// Chooses a `STORE_ATTR` form for the owner on top of the stack.
pub fn specialize_store_attr(vm: &Vm, frame: &Frame, arg: u32) -> Option<Opcode> {
    let Value::Instance(inst) = frame.top(0).ok()? else {
        return refuse("the owner is not an instance of a Python class");
    };
    let typ = &inst.typ().clone();
    let name = frame.name(arg).ok()?;
    if !typ.heap {
        return refuse("an instance of object()");
    }
    if class::special(vm, frame.top(0).ok()?, "__setattr__").is_some() {
        return refuse("the class defines __setattr__");
    }
    let (form, index) = match analyze(vm, frame.top(0).ok()?, typ, name, true) {
        Descriptor::Slot(i) => (Opcode::StoreAttrSlot, i),
        Descriptor::Absent => {
            let found = match inst.materialised() {
                None => typ.shared_index(name).map(|i| (Opcode::StoreAttrInstanceValue, i as u32)),
                Some(d) => d.index_of_str(name).map(|i| (Opcode::StoreAttrWithHint, i as u32)),
            };
            match found {
                Some(found) => found,
                None => return refuse("a new attribute name (not yet in the shared keys or the dict)"),
            }
        }
        other => {
            let kind = kind_of(&other);
            adaptive::because(|| format!("the class attribute of that name is {kind}"));
            return None;
        }
    };
    write32(frame, 1, typ.version_tag()?)?;
    adaptive::cache(frame, 3)?.set(u16::try_from(index).ok()?);
    Some(form)
}

#[inline]
fn store_index(frame: &Frame) -> usize {
    adaptive::cache(frame, 3).map_or(0, |c| c.get() as usize)
}

/// `STORE_ATTR_INSTANCE_VALUE` and `STORE_ATTR_SLOT`: the value goes to the cached index of
/// the instance's values (appended, for the next name in order).
pub fn store_attr_instance_value(vm: &mut Vm, frame: &mut Frame, arg: u32) -> PyResult<Flow> {
    let stored = match (owner_instance(frame), frame.top(1)) {
        (Some(i), Ok(v)) => i.store_value_at(store_index(frame), v.clone()),
        _ => false,
    };
    finish_store(vm, frame, arg, stored)
}

/// After a store form: on a hit the value and the owner go; a miss runs `STORE_ATTR`.
#[inline]
fn finish_store(vm: &mut Vm, frame: &mut Frame, arg: u32, stored: bool) -> PyResult<Flow> {
    if !stored {
        return super::attr::store_attr(vm, frame, arg);
    }
    frame.pop()?;
    frame.pop()?;
    Ok(Flow::Continue)
}

pub fn store_attr_slot(vm: &mut Vm, frame: &mut Frame, arg: u32) -> PyResult<Flow> {
    store_attr_instance_value(vm, frame, arg)
}

/// `STORE_ATTR_WITH_HINT`: the instance's dict has the name at the cached index.
pub fn store_attr_with_hint(vm: &mut Vm, frame: &mut Frame, arg: u32) -> PyResult<Flow> {
    let stored = match (hinted_dict(frame), frame.top(1), frame.name(arg)) {
        (Some(d), Ok(v), Ok(name)) => d.store_at_if_key(store_index(frame), name, v.clone()),
        _ => false,
    };
    finish_store(vm, frame, arg, stored)
}
