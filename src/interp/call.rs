//! Calling: binding arguments to a Python function's parameters (with CPython's error
//! messages), building its frame, and calling anything callable from native code.

use std::rc::Rc;

use super::frame::Frame;
use super::{PyResult, Vm};
use crate::code::CodeFlags;
use crate::object::dict::Dict;
use crate::object::function::{Args, BuiltinKind, Function};
use crate::object::misc::Object;
use crate::object::protocol;
use crate::object::value::Value;

/// The name CPython's messages use for a callable: `f()`, `C.method()`.
pub fn function_str(vm: &Vm, f: &Value) -> String {
    match f {
        Value::Function(func) => match &func.module {
            Value::Str(m) if m.as_str() != "builtins" => {
                format!("{}.{}()", m.as_str(), func.qualname.borrow().as_str())
            }
            _ => format!("{}()", func.qualname.borrow().as_str()),
        },
        Value::Builtin(b) => format!("{}()", b.name),
        Value::Type(t) => format!("{}()", t.name),
        Value::Object(o) => match &**o {
            Object::BoundMethod { func, .. } => function_str(vm, func),
            _ => format!("{} object", protocol::type_name(vm, f)),
        },
        _ => format!("{} object", protocol::type_name(vm, f)),
    }
}

/// `'a'`, `'a' and 'b'`, `'a', 'b', and 'c'`, as CPython lists missing arguments.
fn name_list(names: &[&str]) -> String {
    let quoted: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
    match quoted.len() {
        0 => String::new(),
        1 => quoted[0].clone(),
        2 => format!("{} and {}", quoted[0], quoted[1]),
        n => format!("{}, and {}", quoted[..n - 1].join(", "), quoted[n - 1]),
    }
}

/// Whether a call with `nargs` positional arguments and no keywords can move the arguments
/// straight into the first localsplus slots.
pub fn is_simple_call(func: &Function, nargs: usize, kwnames: &[Value]) -> bool {
    let co = &func.code.object;
    kwnames.is_empty()
        && nargs == co.argcount as usize
        && co.kwonlyargcount == 0
        && !co.flags.has(CodeFlags::VARARGS | CodeFlags::VARKEYWORDS)
}

/// The frame for a simple call, its arguments moved from `args`.
pub fn simple_frame(vm: &mut Vm, func: &Rc<Function>, args: impl Iterator<Item = Value>) -> Box<Frame> {
    let mut frame = vm.new_frame(func.code.clone(), func.globals.clone());
    let nslots = func.code.object.localsplusnames.len();
    frame.localsplus.extend(args);
    frame.localsplus.resize(nslots, Value::Null);
    frame.func = Some(func.clone());
    frame
}

/// Builds the frame for calling `func` with positional `args` and keyword arguments.
pub fn frame_for(
    vm: &mut Vm,
    func: &Rc<Function>,
    args: Vec<Value>,
    kwnames: &[Value],
) -> PyResult<Box<Frame>> {
    if is_simple_call(func, args.len(), kwnames) {
        return Ok(simple_frame(vm, func, args.into_iter()));
    }
    let localsplus = bind(vm, func, args, kwnames)?;
    let mut frame = vm.new_frame(func.code.clone(), func.globals.clone());
    frame.localsplus.extend(localsplus);
    frame.func = Some(func.clone());
    Ok(frame)
}

/// The general case of binding: defaults, keywords, `*args` and `**kwargs`.
fn bind(vm: &mut Vm, func: &Rc<Function>, args: Vec<Value>, kwnames: &[Value]) -> PyResult<Vec<Value>> {
    let co = &func.code.object;
    let fname = func.qualname.borrow().as_str().to_string();
    let names = &func.code.localsplus_names;
    let argcount = co.argcount as usize;
    let posonly = co.posonlyargcount as usize;
    let kwonly = co.kwonlyargcount as usize;
    let nparams = argcount + kwonly;
    let has_varargs = co.flags.has(CodeFlags::VARARGS);
    let has_varkw = co.flags.has(CodeFlags::VARKEYWORDS);
    let mut slots = vec![Value::Null; co.localsplusnames.len()];
    if slots.len() < nparams + has_varargs as usize + has_varkw as usize {
        return Err(crate::object::exception::PyErr::fault("fewer locals than parameters"));
    }
    let npos = args.len() - kwnames.len();
    let mut args = args;
    let kwvalues = args.split_off(npos);
    let positional = args;

    for (slot, v) in slots.iter_mut().zip(positional.iter().take(argcount)) {
        *slot = v.clone();
    }
    if has_varargs {
        let extra = positional.get(argcount..).map(|s| s.to_vec()).unwrap_or_default();
        slots[nparams] = Value::tuple(extra);
    } else if npos > argcount {
        let ndefaults = func.defaults.borrow().as_ref().map_or(0, |d| d.len());
        let kw_given = kwnames
            .iter()
            .filter(|k| matches!(k, Value::Str(s) if names[argcount..nparams].iter().any(|n| n.as_str() == s.as_str())))
            .count();
        let takes = if ndefaults > 0 {
            format!("from {} to {argcount} positional arguments", argcount - ndefaults)
        } else {
            format!("{argcount} positional argument{}", if argcount == 1 { "" } else { "s" })
        };
        let given = if kw_given > 0 {
            format!(
                "{npos} positional argument{} (and {kw_given} keyword-only argument{}) were given",
                if npos == 1 { "" } else { "s" },
                if kw_given == 1 { "" } else { "s" }
            )
        } else {
            format!("{npos} {}", if npos == 1 { "was given" } else { "were given" })
        };
        return Err(vm.type_error(format!("{fname}() takes {takes} but {given}")));
    }
    let kwdict = if has_varkw {
        let d = Rc::new(Dict::new());
        slots[nparams + has_varargs as usize] = Value::Dict(d.clone());
        Some(d)
    } else {
        None
    };
    let mut posonly_as_kw = Vec::new();
    for (name, value) in kwnames.iter().zip(kwvalues) {
        let Value::Str(name_str) = name else { continue };
        let key = name_str.as_str();
        match (posonly..nparams).find(|&j| names[j].as_str() == key) {
            Some(j) => {
                if !slots[j].is_null() {
                    return Err(vm.type_error(format!("{fname}() got multiple values for argument '{key}'")));
                }
                slots[j] = value;
            }
            None => match &kwdict {
                Some(d) => d.insert(protocol::key(vm, name)?, value),
                None if (0..posonly).any(|j| names[j].as_str() == key) => posonly_as_kw.push(key.to_string()),
                None => {
                    return Err(
                        vm.type_error(format!("{fname}() got an unexpected keyword argument '{key}'"))
                    );
                }
            },
        }
    }
    if !posonly_as_kw.is_empty() {
        let list: Vec<&str> = posonly_as_kw.iter().map(|s| s.as_str()).collect();
        return Err(vm.type_error(format!(
            "{fname}() got some positional-only arguments passed as keyword arguments: '{}'",
            list.join(", ")
        )));
    }
    // Defaults for the trailing positional parameters.
    let defaults = func.defaults.borrow().clone();
    let ndefaults = defaults.as_ref().map_or(0, |d| d.len());
    let first_default = argcount.saturating_sub(ndefaults);
    let mut missing = Vec::new();
    for j in npos.min(argcount)..argcount {
        if slots[j].is_null() {
            match &defaults {
                Some(d) if j >= first_default => slots[j] = d.items()[j - first_default].clone(),
                _ => missing.push(names[j].as_str()),
            }
        }
    }
    if !missing.is_empty() {
        return Err(vm.type_error(format!(
            "{fname}() missing {} required positional argument{}: {}",
            missing.len(),
            if missing.len() == 1 { "" } else { "s" },
            name_list(&missing)
        )));
    }
    let kwdefaults = func.kwdefaults.borrow().clone();
    for j in argcount..nparams {
        if slots[j].is_null() {
            if let Some(v) = kwdefaults.as_ref().and_then(|d| d.get_str(&names[j])) {
                slots[j] = v;
            } else {
                missing.push(names[j].as_str());
            }
        }
    }
    if !missing.is_empty() {
        return Err(vm.type_error(format!(
            "{fname}() missing {} required keyword-only argument{}: {}",
            missing.len(),
            if missing.len() == 1 { "" } else { "s" },
            name_list(&missing)
        )));
    }
    Ok(slots)
}

impl Vm {
    /// Calls any callable with positional arguments and keyword (name, value) pairs, from
    /// native code: a Python function runs in a nested loop.
    pub fn call(&mut self, callable: &Value, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
        let mut values = args.to_vec();
        let kwnames: Vec<Value> = kwargs.iter().map(|(k, _)| k.clone()).collect();
        values.extend(kwargs.iter().map(|(_, v)| v.clone()));
        self.call_args(callable, values, &kwnames)
    }

    /// Calls with positional values followed by one value per keyword name.
    pub fn call_args(&mut self, callable: &Value, values: Vec<Value>, kwnames: &[Value]) -> PyResult<Value> {
        match callable {
            Value::Function(f) => {
                let frame = frame_for(self, f, values, kwnames)?;
                self.run_frame(frame)
            }
            Value::Object(o) if matches!(&**o, Object::BoundMethod { .. }) => {
                let Object::BoundMethod { func, self_ } = &**o else {
                    return Err(self.type_error(String::new()));
                };
                let mut with_self = Vec::with_capacity(values.len() + 1);
                with_self.push(self_.clone());
                with_self.extend(values);
                self.call_args(func, with_self, kwnames)
            }
            _ => self.call_native(callable, Args { values: &values, kwnames }),
        }
    }

    /// Calls a callable that is not a Python function, with arguments borrowed in place.
    pub fn call_native(&mut self, callable: &Value, args: Args<'_>) -> PyResult<Value> {
        match callable {
            Value::Builtin(b) => match &b.kind {
                BuiltinKind::Function(f) => f(self, args),
                BuiltinKind::Bound(obj, m) => (m.func)(self, native_self(obj), args),
            },
            // `__new__` is a static method: the class is its first argument.
            Value::NativeMethod(m) if m.name == "__new__" || m.name == "maketrans" => {
                (m.func)(self, &Value::None, args)
            }
            Value::NativeMethod(m) => {
                let Some((obj, rest)) = args.values.split_first().filter(|_| !args.pos().is_empty()) else {
                    return Err(
                        self.type_error(format!("unbound method {}.{}() needs an argument", m.owner, m.name))
                    );
                };
                // `object`'s own methods apply to every object, and see the object itself
                // (not the builtin value a subclass instance extends).
                if m.owner == "object" {
                    return (m.func)(self, obj, Args { values: rest, kwnames: args.kwnames });
                }
                let kind = protocol::type_of(self, obj).kind;
                if !crate::builtins::types::applies(kind, m) {
                    return Err(self.type_error(format!(
                        "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
                        m.name,
                        m.owner,
                        protocol::type_name(self, obj)
                    )));
                }
                (m.func)(self, native_self(obj), Args { values: rest, kwnames: args.kwnames })
            }
            // A metaclass's `__call__` decides what calling its classes does.
            Value::Type(t)
                if let Some(meta) = t.metaclass.borrow().clone()
                    && let Some(call) =
                        crate::object::class::lookup(&meta, &crate::object::str::PyStr::new("__call__"))
                    && crate::builtins::classes::defines_in_python(&meta, "__call__") =>
            {
                let bound = crate::object::attr::bind_descriptor(self, call, callable, &meta)?;
                self.call_args(&bound, args.values.to_vec(), args.kwnames)
            }
            Value::Type(t) => crate::builtins::construct(self, &t.clone(), args),
            Value::Instance(_) if crate::object::class::special(self, callable, "__call__").is_some() => {
                let method = crate::object::class::special(self, callable, "__call__").unwrap_or(Value::None);
                let typ = protocol::type_of(self, callable);
                let bound = crate::object::attr::bind_descriptor(self, method, callable, &typ)?;
                self.call_args(&bound, args.values.to_vec(), args.kwnames)
            }
            Value::Function(_) => self.call_args(callable, args.values.to_vec(), args.kwnames),
            Value::Object(o) if matches!(&**o, Object::BoundMethod { .. }) => {
                self.call_args(callable, args.values.to_vec(), args.kwnames)
            }
            // `list[int](…)` builds a list.
            Value::Object(o) if let Object::GenericAlias { origin, .. } = &**o => {
                let origin = origin.clone();
                self.call_args(&origin, args.values.to_vec(), args.kwnames)
            }
            Value::Object(o)
                if let Object::WeakRef(w) = &**o
                    && !w.proxy =>
            {
                protocol::check_args(self, "weakref", &args, 0, 0)?;
                Ok(crate::modules::weakref::call(w))
            }
            // A Python subclass of `weakref.ref` (`KeyedRef`) is called as its reference.
            Value::Instance(_) if let Some(w) = crate::modules::weakref::as_weakref(callable) => {
                protocol::check_args(self, "weakref", &args, 0, 0)?;
                Ok(crate::modules::weakref::call(w))
            }
            // A staticmethod object is callable itself (3.10+).
            Value::Object(o) if let Object::StaticMethod(f) = &**o => {
                let f = f.clone();
                self.call_args(&f, args.values.to_vec(), args.kwnames)
            }
            _ => {
                Err(self
                    .type_error(format!("'{}' object is not callable", protocol::type_name(self, callable))))
            }
        }
    }
}

/// The receiver a builtin method works on: the builtin value inside an instance of a
/// subclass of a builtin type, or the value itself. `_io`'s methods take the instance itself
/// (they reach its `_io` part through `io_of`), so that `__enter__` returns it and their
/// calls to each other find the subclass's overrides.
fn native_self(obj: &Value) -> &Value {
    match obj {
        Value::Instance(i) if !i.base.is_null() && crate::modules::io::io_of(&i.base).is_none() => &i.base,
        _ => obj,
    }
}
