//! The native forms of `CALL`: builtin functions, methods of builtin types and builtin
//! classes, chosen by their CPython calling convention (`builtins::call_kind`) as CPython 3.12's
//! specialiser chooses them.
//!
//! The site keeps the callable it saw (cache unit 1 names its `site_objects` slot) and the
//! guard is identity with it; unit 2 holds, for a method descriptor, the type kind of `self`.
//! A hit calls the native code directly, without the generic call's dispatch.

use super::Flow;
use crate::builtins::call_kind::{self, CallKind};
use crate::code::CodeFlags;
use crate::interp::{Frame, PyResult, Vm, adaptive};
use crate::object::function::{Args, BuiltinKind};
use crate::object::protocol;
use crate::object::str::PyStr;
use crate::object::types::{Type, TypeKind};
use crate::object::value::Value;
use crate::opcode::Opcode;
use std::rc::Rc;

/// Where a CALL's operands are: the index of the method-or-NULL slot, of the first argument
/// (`self` included), and the argument count (`self` included).
#[inline]
fn operands(frame: &Frame, oparg: u32) -> Option<(usize, usize, usize)> {
    let n = oparg as usize;
    let base = frame.stack.len().checked_sub(n + 2)?;
    if frame.stack[base].is_null() { Some((base, base + 2, n)) } else { Some((base, base + 1, n + 1)) }
}

/// The callable of a CALL (the method slot when it is set).
#[inline]
fn callable_at(frame: &Frame, base: usize) -> &Value {
    if frame.stack[base].is_null() { &frame.stack[base + 1] } else { &frame.stack[base] }
}

/// Chooses a native form for the call on the stack, or `None`.
pub fn specialize(vm: &Vm, frame: &Frame, oparg: u32) -> Option<Opcode> {
    let (base, first, total) = operands(frame, oparg)?;
    let keywords = frame.kwnames.is_some();
    let callable = callable_at(frame, base);
    let form = match callable {
        Value::Type(t) if t.heap => return specialize_init(frame, t, base, total, keywords),
        Value::Type(t) => {
            let single = !keywords && total == 1 && oparg == 1;
            if single && std::rc::Rc::ptr_eq(t, &vm.types.str_) {
                Opcode::CallNoKwStr1
            } else if single && std::rc::Rc::ptr_eq(t, &vm.types.type_) {
                Opcode::CallNoKwType1
            } else if single && std::rc::Rc::ptr_eq(t, &vm.types.tuple) {
                Opcode::CallNoKwTuple1
            } else if call_kind::vectorcall_class(&t.name) && t.module == "builtins" {
                // `super()` without arguments reads the calling frame: the generic call does it.
                adaptive::cache(frame, 2)?.set(!std::rc::Rc::ptr_eq(t, &vm.types.super_) as u16);
                Opcode::CallBuiltinClass
            } else {
                adaptive::because(|| format!("builtin class {} has no vectorcall in 3.12", t.name));
                return None;
            }
        }
        Value::Builtin(b) => {
            let known = match &b.kind {
                BuiltinKind::Function(_) => {
                    call_kind::function(b.module, b.name).map(|k| (k, b.module == "builtins"))
                }
                BuiltinKind::Bound(_, m) => call_kind::method(m.owner, m.name).map(|k| (k, false)),
            };
            let Some((kind, builtin)) = known else {
                adaptive::because(|| format!("{}.{}() is not a CPython 3.12 builtin", b.module, b.name));
                return None;
            };
            let form = match kind {
                CallKind::O if !keywords && total == 1 => {
                    if builtin && b.name == "len" {
                        Opcode::CallNoKwLen
                    } else {
                        Opcode::CallNoKwBuiltinO
                    }
                }
                CallKind::Fast if !keywords => {
                    if builtin && b.name == "isinstance" && total == 2 {
                        Opcode::CallNoKwIsinstance
                    } else {
                        Opcode::CallNoKwBuiltinFast
                    }
                }
                CallKind::FastKeywords => Opcode::CallBuiltinFastWithKeywords,
                kind => {
                    adaptive::because(|| {
                        format!("builtin {}() is {}, called with {total} arguments", b.name, kind.flags())
                    });
                    return None;
                }
            };
            // Builtins that read the calling frame (`locals()`, `dir()`) keep the generic call.
            let direct = !crate::builtins::functions::reads_frame(b);
            adaptive::cache(frame, 2)?.set(direct as u16);
            form
        }
        Value::NativeMethod(m) => {
            if keywords || total == 0 {
                adaptive::because(|| "a builtin method called with keywords or without self".into());
                return None;
            }
            // A class's own methods are bound when loaded (never pushed unbound with it as self
            // in CPython). The guard wants `self` of exactly the descriptor's type: its kind is
            // cached, and an instance of a subclass misses.
            if matches!(frame.stack[first], Value::Type(_)) {
                return None;
            }
            let self_type = protocol::type_of(vm, &frame.stack[first]);
            adaptive::cache(frame, 2)?.set(self_type.kind as u16);
            let next_is_pop_top = frame
                .code
                .units
                .get(frame.lasti + 1 + crate::opcode::CACHE_UNITS[Opcode::Call as usize] as usize)
                .is_some_and(|u| u.get() & 0xff == Opcode::PopTop as u16);
            let Some(kind) = call_kind::method(m.owner, m.name) else {
                adaptive::because(|| {
                    format!("{}.{}() is not a method descriptor in CPython 3.12", m.owner, m.name)
                });
                return None;
            };
            match kind {
                CallKind::NoArgs if total == 1 => Opcode::CallNoKwMethodDescriptorNoargs,
                CallKind::O if total == 2 => {
                    if m.owner == "list" && m.name == "append" && oparg == 1 && next_is_pop_top {
                        Opcode::CallNoKwListAppend
                    } else {
                        Opcode::CallNoKwMethodDescriptorO
                    }
                }
                CallKind::Fast => Opcode::CallNoKwMethodDescriptorFast,
                CallKind::FastKeywords => Opcode::CallMethodDescriptorFastWithKeywords,
                kind => {
                    adaptive::because(|| {
                        format!("{}.{}() is {}, called with {total} arguments", m.owner, m.name, kind.flags())
                    });
                    return None;
                }
            }
        }
        // Python functions and bound methods were refused by `call::specialize_call`, with
        // its reason.
        Value::Function(_) => return None,
        Value::Object(o)
            if matches!(&**o, crate::object::misc::Object::BoundMethod { func: Value::Function(_), .. }) =>
        {
            return None;
        }
        other => {
            let kind = adaptive::value_type_name(other);
            adaptive::because(|| format!("the callable is a {kind}"));
            return None;
        }
    };
    adaptive::set_site_object(frame, 1, callable.clone())?;
    Some(form)
}

/// `Class(args)` for a plain Python class whose `__init__` is a simple Python function taking
/// exactly these arguments, and no `__new__` of its own: `CALL_ALLOC_AND_ENTER_INIT` (minivm
/// extension, from CPython 3.13). The class's version goes in the cache, `__init__` in the
/// site's object.
fn specialize_init(frame: &Frame, t: &Rc<Type>, base: usize, total: usize, keywords: bool) -> Option<Opcode> {
    if !adaptive::allowed(Opcode::CallAllocAndEnterInit) {
        adaptive::because(|| {
            "calling a Python class (3.13 specialises it to CALL_ALLOC_AND_ENTER_INIT)".into()
        });
        return None;
    }
    let plain = t.kind == TypeKind::Instance
        && t.metaclass.borrow().is_none()
        && frame.stack[base].is_null()
        && !keywords
        && !crate::builtins::classes::defines_in_python(t, "__new__");
    if !plain {
        return refuse("a class with a metaclass, a builtin base or __new__, or called with keywords");
    }
    let Some(Value::Function(init)) = crate::object::class::lookup(t, &PyStr::new("__init__")) else {
        return refuse("the class has no Python __init__");
    };
    let co = &init.code.object;
    let simple = co.argcount as usize == total + 1
        && co.kwonlyargcount == 0
        && !co.flags.has(CodeFlags::VARARGS | CodeFlags::VARKEYWORDS)
        && co.flags.has(CodeFlags::OPTIMIZED);
    if !simple {
        return refuse("__init__ is not a simple function of these arguments");
    }
    // The site keeps the class, its `__init__` and the class's version (the cache has no
    // room for a 32-bit version beside the slot number).
    let version = Value::Int(t.version_tag()? as i64);
    adaptive::set_site_object(
        frame,
        1,
        Value::tuple(vec![Value::Type(t.clone()), Value::Function(init), version]),
    )?;
    Some(Opcode::CallAllocAndEnterInit)
}

/// `CALL_ALLOC_AND_ENTER_INIT`: the class the site saw, unchanged, called with the arguments
/// its `__init__` takes: the instance is made here and `__init__`'s frame pushed for the loop,
/// with the instance as the caller's result (`Frame::init_self`).
pub fn call_alloc_and_enter_init(vm: &mut Vm, frame: &mut Frame, oparg: u32) -> PyResult<Flow> {
    let Some((base, first, total)) = operands(frame, oparg) else {
        return super::call::call(vm, frame, oparg);
    };
    let init = match (adaptive::site_object(frame, 1), callable_at(frame, base)) {
        (Some(Value::Tuple(site)), Value::Type(t))
            if frame.kwnames.is_none() && frame.stack[base].is_null() =>
        {
            match site.items() {
                [Value::Type(cached), Value::Function(init), Value::Int(version)]
                    if Rc::ptr_eq(cached, t)
                        && t.version.get() as i64 == *version
                        && init.code.object.argcount as usize == total + 1 =>
                {
                    Some(init.clone())
                }
                _ => None,
            }
        }
        _ => None,
    };
    let Some(init) = init else { return super::call::call(vm, frame, oparg) };
    let Value::Type(t) = callable_at(frame, base).clone() else { return super::call::call(vm, frame, oparg) };
    let instance = Value::Instance(Rc::new(crate::object::instance::Instance::new(t)));
    let args = std::iter::once(instance.clone()).chain(frame.stack.drain(first..));
    let mut callee = crate::interp::call::simple_frame(vm, &init, args);
    frame.stack.truncate(base);
    callee.init_self = Some(instance);
    Ok(Flow::Call(callee))
}

/// No form: the reason, for the stats and the event log.
fn refuse(reason: &'static str) -> Option<Opcode> {
    adaptive::because(|| reason.to_string());
    None
}

/// Whether the callable is the one the site saw.
#[inline]
fn same_callable(frame: &Frame, callable: &Value) -> bool {
    match (adaptive::site_object(frame, 1), callable) {
        (Some(Value::Builtin(a)), Value::Builtin(b)) => std::rc::Rc::ptr_eq(&a, b),
        (Some(Value::NativeMethod(a)), Value::NativeMethod(b)) => std::ptr::eq(a, *b),
        (Some(Value::Type(a)), Value::Type(b)) => std::rc::Rc::ptr_eq(&a, b),
        _ => false,
    }
}

/// Replaces the call's operands with its result.
#[inline]
fn finish(frame: &mut Frame, base: usize, result: Value) -> PyResult<Flow> {
    frame.stack.truncate(base);
    frame.push(result)?;
    Ok(Flow::Continue)
}

/// `CALL_NO_KW_BUILTIN_O`, `CALL_NO_KW_BUILTIN_FAST`, `CALL_NO_KW_LEN`, `CALL_NO_KW_ISINSTANCE`:
/// the builtin function the site saw, with the argument count its form allows.
pub fn call_builtin(vm: &mut Vm, frame: &mut Frame, oparg: u32) -> PyResult<Flow> {
    let Some((base, first, total)) = operands(frame, oparg) else {
        return super::call::call(vm, frame, oparg);
    };
    let form = frame.code.units[frame.lasti].get() & 0xff;
    let arity_ok = match form {
        f if f == Opcode::CallNoKwBuiltinO as u16 || f == Opcode::CallNoKwLen as u16 => total == 1,
        f if f == Opcode::CallNoKwIsinstance as u16 => total == 2,
        _ => true,
    };
    let direct = adaptive::cache(frame, 2).is_some_and(|c| c.get() == 1);
    if !arity_ok || frame.kwnames.is_some() || !direct || !same_callable(frame, callable_at(frame, base)) {
        return super::call::call(vm, frame, oparg);
    }
    let callable = callable_at(frame, base).clone();
    let result = vm.call_native(&callable, Args::positional(&frame.stack[first..]))?;
    finish(frame, base, result)
}

/// `CALL_BUILTIN_FAST_WITH_KEYWORDS` and `CALL_BUILTIN_CLASS`: the builtin the site saw, with
/// keyword arguments if the call has them.
pub fn call_builtin_with_keywords(vm: &mut Vm, frame: &mut Frame, oparg: u32) -> PyResult<Flow> {
    let Some((base, first, _)) = operands(frame, oparg) else { return super::call::call(vm, frame, oparg) };
    let callable = callable_at(frame, base);
    let direct = adaptive::cache(frame, 2).is_some_and(|c| c.get() == 1);
    if !direct || !same_callable(frame, callable) {
        return super::call::call(vm, frame, oparg);
    }
    let callable = callable.clone();
    let kwnames = match frame.kwnames.take() {
        Some(Value::Tuple(t)) => Some(t),
        Some(_) => return Err(crate::object::exception::PyErr::fault("KW_NAMES operand is not a tuple")),
        None => None,
    };
    let kwnames: &[Value] = kwnames.as_ref().map_or(&[], |t| t.items());
    if kwnames.len() > frame.stack.len() - first {
        return Err(crate::object::exception::PyErr::fault("more keyword names than arguments"));
    }
    let result = vm.call_native(&callable, Args { values: &frame.stack[first..], kwnames })?;
    finish(frame, base, result)
}

/// `CALL_NO_KW_STR_1`, `CALL_NO_KW_TYPE_1`, `CALL_NO_KW_TUPLE_1`: `str(x)`, `type(x)`, `tuple(x)`.
pub fn call_class_1(vm: &mut Vm, frame: &mut Frame, oparg: u32) -> PyResult<Flow> {
    let Some((base, first, total)) = operands(frame, oparg) else {
        return super::call::call(vm, frame, oparg);
    };
    let form = frame.code.units[frame.lasti].get() & 0xff;
    let expected = match form {
        f if f == Opcode::CallNoKwStr1 as u16 => &vm.types.str_,
        f if f == Opcode::CallNoKwType1 as u16 => &vm.types.type_,
        _ => &vm.types.tuple,
    };
    let hit = total == 1
        && frame.kwnames.is_none()
        && matches!(callable_at(frame, base), Value::Type(t) if std::rc::Rc::ptr_eq(t, expected));
    if !hit {
        return super::call::call(vm, frame, oparg);
    }
    let arg = &frame.stack[first];
    let result = if form == Opcode::CallNoKwType1 as u16 {
        Value::Type(protocol::type_of(vm, arg))
    } else {
        let typ = expected.clone();
        crate::builtins::construct(vm, &typ, Args::positional(&frame.stack[first..]))?
    };
    finish(frame, base, result)
}

/// The method descriptor forms: the builtin method the site saw, on a `self` of its type.
pub fn call_method_descriptor(vm: &mut Vm, frame: &mut Frame, oparg: u32) -> PyResult<Flow> {
    let Some((base, first, total)) = operands(frame, oparg) else {
        return super::call::call(vm, frame, oparg);
    };
    let form = frame.code.units[frame.lasti].get() & 0xff;
    let arity_ok = match form {
        f if f == Opcode::CallNoKwMethodDescriptorNoargs as u16 => total == 1,
        f if f == Opcode::CallNoKwMethodDescriptorO as u16 => total == 2,
        _ => total >= 1,
    };
    let kind = adaptive::cache(frame, 2).map_or(u16::MAX, |c| c.get());
    let hit = arity_ok && frame.kwnames.is_none() && same_callable(frame, callable_at(frame, base)) && {
        let self_type = protocol::type_of(vm, &frame.stack[first]);
        !self_type.heap && self_type.kind as u16 == kind
    };
    let Value::NativeMethod(m) = callable_at(frame, base) else { return super::call::call(vm, frame, oparg) };
    if !hit {
        return super::call::call(vm, frame, oparg);
    }
    let m = *m;
    let result = (m.func)(vm, &frame.stack[first].clone(), Args::positional(&frame.stack[first + 1..]))?;
    finish(frame, base, result)
}

/// `CALL_NO_KW_LIST_APPEND`: `list.append(x)` whose result the next `POP_TOP` would discard;
/// the item is appended and the `POP_TOP` skipped.
pub fn call_list_append(vm: &mut Vm, frame: &mut Frame, oparg: u32) -> PyResult<Flow> {
    let Some((base, first, total)) = operands(frame, oparg) else {
        return super::call::call(vm, frame, oparg);
    };
    let hit = total == 2
        && oparg == 1
        && frame.kwnames.is_none()
        && same_callable(frame, callable_at(frame, base))
        && matches!(frame.stack[first], Value::List(_));
    if !hit {
        return super::call::call(vm, frame, oparg);
    }
    let item = frame.pop()?;
    if let Value::List(list) = &frame.stack[first] {
        list.push(item);
    }
    frame.stack.truncate(base);
    frame.ip += 1;
    Ok(Flow::Continue)
}
