//! Calls and function creation: `KW_NAMES`, `CALL`, `CALL_FUNCTION_EX`, `MAKE_FUNCTION`.

use std::cell::RefCell;
use std::rc::Rc;

use super::Flow;
use crate::interp::call::{frame_for, function_str};
use crate::interp::{Frame, PyResult, Vm, adaptive};
use crate::object::dict::Dict;
use crate::object::exception::PyErr;
use crate::object::function::{Args, Function};
use crate::object::misc::Object;
use crate::object::protocol;
use crate::object::value::Value;
use crate::opcode::Opcode;

pub fn kw_names(frame: &mut Frame, i: u32) -> PyResult<Flow> {
    frame.kwnames = Some(frame.const_(i)?.clone());
    Ok(Flow::Continue)
}

/// `(method_or_null, callable_or_self, args[oparg] -- result)`, adaptive: calls of simple
/// Python functions (and bound methods of them) specialise. A Python function gets a new
/// frame that the loop runs; anything else is called natively with its arguments in place.
pub fn call(vm: &mut Vm, frame: &mut Frame, oparg: u32) -> PyResult<Flow> {
    use super::call_native as native;
    let chosen = adaptive::adapt(frame, Opcode::Call, |f| {
        specialize_call(f, oparg).or_else(|| native::specialize(vm, f, oparg))
    });
    if let Some(form) = chosen {
        return match form {
            Opcode::CallPyExactArgs => call_py_exact_args(vm, frame, oparg),
            Opcode::CallBoundMethodExactArgs => call_bound_method_exact_args(vm, frame, oparg),
            Opcode::CallPyWithDefaults => call_py_with_defaults(vm, frame, oparg),
            Opcode::CallNoKwBuiltinO
            | Opcode::CallNoKwBuiltinFast
            | Opcode::CallNoKwLen
            | Opcode::CallNoKwIsinstance => native::call_builtin(vm, frame, oparg),
            Opcode::CallBuiltinFastWithKeywords | Opcode::CallBuiltinClass => {
                native::call_builtin_with_keywords(vm, frame, oparg)
            }
            Opcode::CallNoKwStr1 | Opcode::CallNoKwType1 | Opcode::CallNoKwTuple1 => {
                native::call_class_1(vm, frame, oparg)
            }
            Opcode::CallNoKwListAppend => native::call_list_append(vm, frame, oparg),
            Opcode::CallAllocAndEnterInit => native::call_alloc_and_enter_init(vm, frame, oparg),
            _ => native::call_method_descriptor(vm, frame, oparg),
        };
    }
    generic_call(vm, frame, oparg)
}

/// The callable of a CALL (and its argument count, `self` included), as the stack holds them.
fn callee_of(frame: &Frame, oparg: u32) -> Option<(Value, usize, bool)> {
    let n = oparg as usize;
    let base = frame.stack.len().checked_sub(n + 2)?;
    let method = &frame.stack[base];
    if method.is_null() {
        Some((frame.stack[base + 1].clone(), n, false))
    } else {
        Some((method.clone(), n + 1, true))
    }
}

/// As CPython 3.12 chooses: a function with only positional-or-keyword parameters, called
/// without keywords, with every argument or the missing ones covered by defaults.
fn specialize_call(frame: &Frame, oparg: u32) -> Option<Opcode> {
    if frame.kwnames.is_some() {
        adaptive::because(|| "keyword arguments (3.12 has no form for them)".into());
        return None;
    }
    let (callable, nargs, _) = callee_of(frame, oparg)?;
    let (func, nargs, bound) = match &callable {
        Value::Function(f) => (f.clone(), nargs, false),
        Value::Object(o) => match &**o {
            // Also when the method slot holds it (the `__exit__` call of a `with`): CPython
            // chooses the form then too, and its guard (method slot NULL) misses every time.
            Object::BoundMethod { func: Value::Function(f), .. } => (f.clone(), nargs + 1, true),
            _ => return None,
        },
        _ => return None,
    };
    let co = &func.code.object;
    let simple = co.kwonlyargcount == 0
        && !co.flags.has(crate::code::CodeFlags::VARARGS | crate::code::CodeFlags::VARKEYWORDS)
        && co.flags.has(crate::code::CodeFlags::OPTIMIZED);
    if !simple {
        adaptive::because(|| "a function with keyword-only parameters, *args or **kwargs".into());
        return None;
    }
    let argcount = co.argcount as usize;
    let defaults = func.defaults.borrow().as_ref().map_or(0, |d| d.len());
    if argcount < defaults || nargs > argcount || nargs < argcount - defaults {
        adaptive::because(|| format!("{nargs} arguments for {argcount} parameters"));
        return None;
    }
    let version = func.version_for_now()?;
    adaptive::cache(frame, 1)?.set(version as u16);
    adaptive::cache(frame, 2)?.set((version >> 16) as u16);
    Some(if nargs == argcount {
        if bound { Opcode::CallBoundMethodExactArgs } else { Opcode::CallPyExactArgs }
    } else if bound {
        adaptive::because(|| "a bound method called with fewer arguments than parameters".into());
        return None;
    } else {
        Opcode::CallPyWithDefaults
    })
}

/// The func_version a CALL site cached.
fn cached_version(frame: &Frame) -> u32 {
    let unit = |n| adaptive::cache(frame, n).map_or(0, |c| c.get() as u32);
    unit(1) | unit(2) << 16
}

/// `CALL_PY_EXACT_ARGS`: the function the site saw (same version), called with exactly its
/// parameter count; the frame is pushed for the loop to run. Anything else is a miss.
pub fn call_py_exact_args(vm: &mut Vm, frame: &mut Frame, oparg: u32) -> PyResult<Flow> {
    call_py(vm, frame, oparg, false)
}

/// `CALL_PY_WITH_DEFAULTS`: as above, the missing trailing arguments taken from the defaults.
pub fn call_py_with_defaults(vm: &mut Vm, frame: &mut Frame, oparg: u32) -> PyResult<Flow> {
    call_py(vm, frame, oparg, true)
}

fn call_py(vm: &mut Vm, frame: &mut Frame, oparg: u32, with_defaults: bool) -> PyResult<Flow> {
    let fits = frame.kwnames.is_none()
        && match callee_of(frame, oparg) {
            Some((Value::Function(f), nargs, _)) => {
                let argcount = f.code.object.argcount as usize;
                f.version.get() == cached_version(frame)
                    && if with_defaults {
                        let defaults = f.defaults.borrow().as_ref().map_or(0, |d| d.len());
                        nargs <= argcount && nargs + defaults >= argcount
                    } else {
                        nargs == argcount
                    }
            }
            _ => false,
        };
    if !fits {
        return call(vm, frame, oparg);
    }
    let n = oparg as usize;
    let base = frame.stack.len() - n - 2;
    let first = if frame.stack[base].is_null() { base + 2 } else { base + 1 };
    let callable =
        if frame.stack[base].is_null() { frame.stack[base + 1].clone() } else { frame.stack[base].clone() };
    let Value::Function(f) = &callable else { return call(vm, frame, oparg) };
    let mut callee = crate::interp::call::simple_frame(vm, f, frame.stack.drain(first..));
    if with_defaults {
        // The parameters the call left out, from the end of the defaults; the rest stay NULL.
        let argcount = f.code.object.argcount as usize;
        let given = callee.localsplus.iter().take(argcount).filter(|v| !v.is_null()).count();
        if let Some(defaults) = f.defaults.borrow().as_ref() {
            let missing = argcount - given;
            let from = defaults.len() - missing;
            for (i, v) in defaults.items()[from..].iter().enumerate() {
                callee.localsplus[given + i] = v.clone();
            }
        }
    }
    frame.stack.truncate(base);
    Ok(Flow::Call(callee))
}

/// `CALL_BOUND_METHOD_EXACT_ARGS`: a bound method of the function the site saw; its `self`
/// takes the method slot and the call goes on as `CALL_PY_EXACT_ARGS`.
pub fn call_bound_method_exact_args(vm: &mut Vm, frame: &mut Frame, oparg: u32) -> PyResult<Flow> {
    let n = oparg as usize;
    let Some(base) = frame.stack.len().checked_sub(n + 2) else { return call(vm, frame, oparg) };
    let unpacked = match (&frame.stack[base], &frame.stack[base + 1]) {
        (Value::Null, Value::Object(o)) => match &**o {
            Object::BoundMethod { func: func @ Value::Function(_), self_ } => {
                Some((func.clone(), self_.clone()))
            }
            _ => None,
        },
        _ => None,
    };
    let Some((func, self_)) = unpacked else { return call(vm, frame, oparg) };
    frame.stack[base] = func;
    frame.stack[base + 1] = self_;
    call_py(vm, frame, oparg, false)
}

fn generic_call(vm: &mut Vm, frame: &mut Frame, oparg: u32) -> PyResult<Flow> {
    let kwnames = match frame.kwnames.take() {
        Some(Value::Tuple(t)) => Some(t),
        Some(_) => return Err(PyErr::fault("KW_NAMES operand is not a tuple")),
        None => None,
    };
    let kwnames: &[Value] = kwnames.as_ref().map_or(&[], |t| t.items());
    let n = oparg as usize;
    frame.need(n + 2)?;
    let base = frame.stack.len() - n - 2;
    if kwnames.len() > n {
        return Err(PyErr::fault("more keyword names than arguments"));
    }
    let (callable, first_arg) = if frame.stack[base].is_null() {
        (frame.stack[base + 1].clone(), base + 2)
    } else {
        (frame.stack[base].clone(), base + 1)
    };
    match &callable {
        Value::Function(f)
            if crate::interp::call::is_simple_call(f, frame.stack.len() - first_arg, kwnames) =>
        {
            let callee = crate::interp::call::simple_frame(vm, f, frame.stack.drain(first_arg..));
            frame.stack.truncate(base);
            Ok(Flow::Call(callee))
        }
        Value::Function(f) => {
            let args = frame.stack.split_off(first_arg);
            frame.stack.truncate(base);
            Ok(Flow::Call(frame_for(vm, f, args, kwnames)?))
        }
        Value::Object(o) if let Object::BoundMethod { func: Value::Function(f), self_ } = &**o => {
            let mut args = Vec::with_capacity(n + 1);
            args.push(self_.clone());
            args.extend(frame.stack.split_off(first_arg));
            frame.stack.truncate(base);
            Ok(Flow::Call(frame_for(vm, f, args, kwnames)?))
        }
        Value::Type(t) if std::rc::Rc::ptr_eq(t, &vm.types.super_) && frame.stack.len() == first_arg => {
            let result = zero_arg_super(vm, frame)?;
            frame.stack.truncate(base);
            frame.push(result)?;
            Ok(Flow::Continue)
        }
        Value::Builtin(b) if crate::builtins::functions::reads_frame(b) => {
            let args = Args { values: &frame.stack[first_arg..], kwnames };
            let name = b.name;
            let result = crate::builtins::functions::frame_builtin(vm, frame, name, args)?
                .ok_or_else(|| vm.type_error(format!("{name}() argument is not supported by minivm yet")))?;
            frame.stack.truncate(base);
            frame.push(result)?;
            Ok(Flow::Continue)
        }
        _ => {
            let result = vm.call_native(&callable, Args { values: &frame.stack[first_arg..], kwnames })?;
            frame.stack.truncate(base);
            frame.push(result)?;
            Ok(Flow::Continue)
        }
    }
}

/// `(NULL, func, args, kwargs if oparg & 1 -- result)`: `f(*args, **kwargs)`.
pub fn call_function_ex(vm: &mut Vm, frame: &mut Frame, oparg: u32) -> PyResult<Flow> {
    let kwargs = if oparg & 1 != 0 { Some(frame.pop()?) } else { None };
    let callargs = frame.pop()?;
    let func = frame.pop()?;
    let _null = frame.pop()?;
    let args = match &callargs {
        Value::Tuple(t) => t.items().to_vec(),
        other if protocol::is_iterable(other) => protocol::collect(vm, other)?,
        other => {
            return Err(vm.type_error(format!(
                "{} argument after * must be an iterable, not {}",
                function_str(vm, &func),
                protocol::type_name(vm, other)
            )));
        }
    };
    let mut values = args;
    let mut kwnames = Vec::new();
    if let Some(kwargs) = kwargs {
        let Value::Dict(d) = &kwargs else {
            return Err(vm.type_error(format!(
                "{} argument after ** must be a mapping, not {}",
                function_str(vm, &func),
                protocol::type_name(vm, &kwargs)
            )));
        };
        for (k, v) in d.items() {
            if !matches!(k, Value::Str(_)) {
                return Err(vm.type_error("keywords must be strings".into()));
            }
            kwnames.push(k);
            values.push(v);
        }
    }
    match &func {
        Value::Function(f) => Ok(Flow::Call(frame_for(vm, f, values, &kwnames)?)),
        // `eval(*args)`, `locals(**{})`: the builtins that read the calling frame get it here too.
        Value::Builtin(b) if crate::builtins::functions::reads_frame(b) => {
            let name = b.name;
            let args = Args { values: &values, kwnames: &kwnames };
            let result = crate::builtins::functions::frame_builtin(vm, frame, name, args)?
                .ok_or_else(|| vm.type_error(format!("{name}() argument is not supported by minivm yet")))?;
            frame.push(result)?;
            Ok(Flow::Continue)
        }
        _ => {
            let result = vm.call_args(&func, values, &kwnames)?;
            frame.push(result)?;
            Ok(Flow::Continue)
        }
    }
}

thread_local! {
    /// The key a new function's `__module__` comes from, hashed once.
    static DUNDER_NAME: Rc<crate::object::str::PyStr> = crate::object::str::intern("__name__");
}

/// `(defaults?, kwdefaults?, annotations?, closure?, code -- function)`.
pub fn make_function(vm: &mut Vm, frame: &mut Frame, flags: u32) -> PyResult<Flow> {
    let code = match frame.pop()? {
        Value::Object(o) => match &*o {
            Object::Code(c) => c.clone(),
            _ => return Err(PyErr::fault("MAKE_FUNCTION of a non-code object")),
        },
        _ => return Err(PyErr::fault("MAKE_FUNCTION of a non-code object")),
    };
    let closure = if flags & 8 != 0 {
        match frame.pop()? {
            Value::Tuple(t) => Some(t),
            _ => return Err(PyErr::fault("closure is not a tuple")),
        }
    } else {
        None
    };
    let annotations = if flags & 4 != 0 { frame.pop()? } else { Value::None };
    let kwdefaults = if flags & 2 != 0 {
        match frame.pop()? {
            Value::Dict(d) => Some(d),
            _ => return Err(PyErr::fault("kwdefaults is not a dict")),
        }
    } else {
        None
    };
    let defaults = if flags & 1 != 0 {
        match frame.pop()? {
            Value::Tuple(t) => Some(t),
            _ => return Err(PyErr::fault("defaults is not a tuple")),
        }
    } else {
        None
    };
    let doc = match code.consts.first() {
        Some(Value::Str(s)) => Value::Str(s.clone()),
        _ => Value::None,
    };
    let module = DUNDER_NAME.with(|key| frame.globals.get_str(key)).unwrap_or(Value::None);
    let annotations = annotations_dict(vm, annotations)?;
    let name = code.name_str.clone();
    let qualname = code.qualname_str.clone();
    let func = Function {
        code,
        globals: frame.globals.clone(),
        name: RefCell::new(name),
        qualname: RefCell::new(qualname),
        defaults: RefCell::new(defaults),
        kwdefaults: RefCell::new(kwdefaults),
        closure,
        annotations: RefCell::new(annotations),
        doc: RefCell::new(doc),
        module,
        attrs: Dict::new(),
        version: std::cell::Cell::new(0),
    };
    frame.push(Value::Function(Rc::new(func)))?;
    Ok(Flow::Continue)
}

/// 3.12 passes annotations as a flat tuple of (name, value) pairs.
fn annotations_dict(vm: &mut Vm, v: Value) -> PyResult<Value> {
    match &v {
        Value::Tuple(t) => {
            let d = Dict::new();
            for pair in t.items().chunks(2) {
                if let [k, val] = pair {
                    d.insert(protocol::key(vm, k)?, val.clone());
                }
            }
            Ok(Value::Dict(Rc::new(d)))
        }
        _ => Ok(v),
    }
}

/// `super()` with no arguments: the class from the function's `__class__` cell and the
/// instance (or class) from its first argument.
fn zero_arg_super(vm: &mut Vm, frame: &Frame) -> PyResult<Value> {
    let deref = |v: &Value| match v {
        Value::Object(o) => match &**o {
            Object::Cell(c) => c.borrow().clone(),
            _ => v.clone(),
        },
        _ => v.clone(),
    };
    if frame.code.object.argcount == 0 {
        return Err(vm.runtime_error("super(): no arguments".into()));
    }
    let first = frame.localsplus.first().map(deref).unwrap_or(Value::Null);
    if first.is_null() {
        return Err(vm.runtime_error("super(): arg[0] deleted".into()));
    }
    let class_slot = frame.code.localsplus_names.iter().position(|n| n.as_str() == "__class__");
    let class = class_slot.map(|i| deref(&frame.localsplus[i]));
    match class {
        Some(Value::Type(t)) => Ok(Value::object(Object::Super { typ: t, obj: first })),
        Some(_) => Err(vm.runtime_error("super(): empty __class__ cell".into())),
        None => Err(vm.runtime_error("super(): __class__ cell not found".into())),
    }
}
