//! `BaseExceptionGroup` and `ExceptionGroup` (PEP 654): construction, `split`, and the two
//! operations `except*` compiles to — matching a group against a type (`CHECK_EG_MATCH`) and
//! combining what the handlers left and raised (`PREP_RERAISE_STAR`).

use std::rc::Rc;

use super::exception::{Exception, PyErr};
use super::function::Args;
use super::types::Type;
use super::value::Value;
use crate::interp::{PyResult, Vm};

/// Whether `e` is an exception group.
pub fn is_group(vm: &Vm, e: &Exception) -> bool {
    e.typ.is_subtype(&vm.types.base_exception_group)
}

/// The sub-exceptions of a group.
pub fn members(e: &Exception) -> Vec<Rc<Exception>> {
    match e.attrs.get_str(&super::str::PyStr::new("exceptions")) {
        Some(Value::Tuple(t)) => t
            .items()
            .iter()
            .filter_map(|v| match v {
                Value::Exception(x) => Some(x.clone()),
                _ => None,
            })
            .collect(),
        _ => Vec::new(),
    }
}

/// The group's message (its first argument).
pub fn message(e: &Exception) -> Value {
    e.args().first().cloned().unwrap_or_else(|| Value::str(""))
}

/// A group of `typ` holding `excs` (`args` are the message and the sequence given).
pub fn make(typ: Rc<Type>, msg: Value, excs: Vec<Rc<Exception>>, given: Value) -> Rc<Exception> {
    let e = Exception::new(typ, vec![msg, given]);
    let items: Vec<Value> = excs.into_iter().map(Value::Exception).collect();
    e.attrs.set_str("exceptions", Value::tuple(items));
    Rc::new(e)
}

/// `BaseExceptionGroup(message, exceptions)` with CPython's checks; a BaseExceptionGroup of
/// only `Exception`s becomes an `ExceptionGroup`.
pub fn construct(vm: &mut Vm, typ: &Rc<Type>, args: &[Value]) -> PyResult<Value> {
    let [msg, seq] = args else {
        return Err(vm.type_error(format!(
            "BaseExceptionGroup.__new__() takes exactly 2 arguments ({} given)",
            args.len()
        )));
    };
    if !matches!(msg, Value::Str(_)) {
        let name = super::protocol::type_name(vm, msg);
        return Err(vm.type_error(format!("BaseExceptionGroup.__new__() argument 1 must be str, not {name}")));
    }
    let items = super::protocol::collect(vm, seq)
        .map_err(|_| vm.type_error("second argument (exceptions) must be a sequence".into()))?;
    if items.is_empty() {
        return Err(vm.value_error("second argument (exceptions) must be a non-empty sequence".into()));
    }
    let mut excs = Vec::with_capacity(items.len());
    for (i, item) in items.iter().enumerate() {
        match item {
            Value::Exception(e) => excs.push(e.clone()),
            _ => {
                return Err(
                    vm.value_error(format!("Item {i} of second argument (exceptions) is not an exception"))
                );
            }
        }
    }
    let all_exceptions = excs.iter().all(|e| e.typ.is_subtype(&vm.types.exception));
    let mut typ = typ.clone();
    if Rc::ptr_eq(&typ, &vm.types.base_exception_group) && all_exceptions {
        typ = vm.types.exception_group.clone();
    }
    if typ.is_subtype(&vm.types.exception) && !all_exceptions {
        return Err(vm.type_error("Cannot nest BaseExceptions in an ExceptionGroup".into()));
    }
    Ok(Value::Exception(make(typ, msg.clone(), excs, seq.clone())))
}

/// `str(group)`: "message (N sub-exceptions)".
pub fn str(vm: &mut Vm, e: &Exception) -> PyResult<String> {
    let msg = super::protocol::str(vm, &message(e))?;
    let n = members(e).len();
    Ok(format!("{msg} ({n} sub-exception{})", if n == 1 { "" } else { "s" }))
}

/// A copy of `e`'s group holding `excs` instead (`derive`), keeping its chaining.
fn derive(vm: &Vm, e: &Exception, excs: Vec<Rc<Exception>>) -> Rc<Exception> {
    let list = Value::list(excs.iter().cloned().map(Value::Exception).collect());
    let typ = if e.typ.is_subtype(&vm.types.exception)
        || excs.iter().all(|x| x.typ.is_subtype(&vm.types.exception))
    {
        if e.typ.heap { e.typ.clone() } else { vm.types.exception_group.clone() }
    } else {
        vm.types.base_exception_group.clone()
    };
    let typ = if Rc::ptr_eq(&e.typ, &vm.types.base_exception_group) { typ } else { e.typ.clone() };
    let g = make(typ, message(e), excs, list);
    *g.cause.borrow_mut() = e.cause.borrow().clone();
    *g.context.borrow_mut() = e.context.borrow().clone();
    *g.traceback.borrow_mut() = e.traceback.borrow().clone();
    g
}

/// A group split in two: (the part matching a condition, the rest); either may be absent.
type Parts = (Option<Rc<Exception>>, Option<Rc<Exception>>);

/// A condition on leaf exceptions, which may run Python code.
type Condition = Box<dyn Fn(&mut Vm, &Rc<Exception>) -> PyResult<bool>>;

/// Splits `e` by a condition that cannot fail.
fn split(vm: &mut Vm, e: &Rc<Exception>, pred: &dyn Fn(&Rc<Exception>) -> bool) -> Parts {
    split_checked(vm, e, &|_, x| Ok(pred(x))).unwrap_or((None, Some(e.clone())))
}

/// The condition `split`/`subgroup` take: an exception type, a tuple of them, or a predicate.
fn condition_of(vm: &mut Vm, cond: &Value) -> PyResult<Condition> {
    let is_type_or_tuple = match cond {
        Value::Type(t) => t.is_subtype(&vm.types.base_exception),
        Value::Tuple(ts) => {
            ts.items().iter().all(|t| matches!(t, Value::Type(t) if t.is_subtype(&vm.types.base_exception)))
        }
        _ => false,
    };
    if is_type_or_tuple {
        let cond = cond.clone();
        return Ok(Box::new(move |_, e| Ok(matches_type(e, &cond))));
    }
    if crate::builtins::functions::is_callable(cond) && !matches!(cond, Value::Type(_)) {
        let f = cond.clone();
        return Ok(Box::new(move |vm, e| {
            let r = vm.call(&f, &[Value::Exception(e.clone())], &[])?;
            super::protocol::truthy(vm, &r)
        }));
    }
    Err(vm.type_error("expected a function, exception type or tuple of exception types".into()))
}

/// Splits `e` by `pred` into (matching, rest), each a group of the same shape.
fn split_checked(
    vm: &mut Vm,
    e: &Rc<Exception>,
    pred: &dyn Fn(&mut Vm, &Rc<Exception>) -> PyResult<bool>,
) -> PyResult<Parts> {
    if pred(vm, e)? {
        return Ok((Some(e.clone()), None));
    }
    if !is_group(vm, e) {
        return Ok((None, Some(e.clone())));
    }
    let (mut yes, mut no) = (Vec::new(), Vec::new());
    for m in members(e) {
        let (a, b) = split_checked(vm, &m, pred)?;
        yes.extend(a);
        no.extend(b);
    }
    let vm: &Vm = vm;
    let wrap = |parts: Vec<Rc<Exception>>| (!parts.is_empty()).then(|| derive(vm, e, parts));
    Ok((wrap(yes), wrap(no)))
}

fn group_self(this: &Value) -> PyResult<Rc<Exception>> {
    match this {
        Value::Exception(e) => Ok(e.clone()),
        _ => Err(PyErr::fault("group method on a non-exception")),
    }
}

fn opt(e: Option<Rc<Exception>>) -> Value {
    e.map_or(Value::None, Value::Exception)
}

/// `group.split(condition)`: (match, rest).
pub fn split_method(vm: &mut Vm, this: &Value, args: Args) -> PyResult<Value> {
    super::protocol::check_args(vm, "split", &args, 1, 1)?;
    let e = group_self(this)?;
    let pred = condition_of(vm, &args.pos()[0])?;
    let (m, r) = split_checked(vm, &e, &*pred)?;
    Ok(Value::tuple(vec![opt(m), opt(r)]))
}

/// `group.subgroup(condition)`: the matching part only.
pub fn subgroup_method(vm: &mut Vm, this: &Value, args: Args) -> PyResult<Value> {
    super::protocol::check_args(vm, "subgroup", &args, 1, 1)?;
    let e = group_self(this)?;
    let pred = condition_of(vm, &args.pos()[0])?;
    Ok(opt(split_checked(vm, &e, &*pred)?.0))
}

/// `group.derive(excs)`: a group with the same message holding `excs`.
pub fn derive_method(vm: &mut Vm, this: &Value, args: Args) -> PyResult<Value> {
    super::protocol::check_args(vm, "derive", &args, 1, 1)?;
    let e = group_self(this)?;
    let typ = vm.types.base_exception_group.clone();
    construct(vm, &typ, &[message(&e), args.pos()[0].clone()])
}

/// Whether `e` matches the `except*` type (a class or a tuple of classes).
fn matches_type(e: &Rc<Exception>, typ: &Value) -> bool {
    match typ {
        Value::Type(t) => e.typ.is_subtype(t),
        Value::Tuple(ts) => ts.items().iter().any(|t| matches!(t, Value::Type(t) if e.typ.is_subtype(t))),
        _ => false,
    }
}

/// `CHECK_EG_MATCH`: (rest, match) of an exception against an `except*` type.
pub fn check_match(vm: &mut Vm, exc: &Value, typ: &Value) -> PyResult<(Value, Value)> {
    let Value::Exception(e) = exc else { return Ok((Value::None, Value::None)) };
    if matches_type(e, typ) {
        if is_group(vm, e) {
            return Ok((Value::None, exc.clone()));
        }
        let list = Value::tuple(vec![exc.clone()]);
        let wrapped = make(vm.types.exception_group.clone(), Value::str(""), vec![e.clone()], list);
        *wrapped.traceback.borrow_mut() = e.traceback.borrow().clone();
        return Ok((Value::None, Value::Exception(wrapped)));
    }
    if is_group(vm, e) {
        let (m, r) = split(vm, e, &|x| matches_type(x, typ));
        let v = |x: Option<Rc<Exception>>| x.map_or(Value::None, Value::Exception);
        return Ok((v(r), v(m)));
    }
    Ok((exc.clone(), Value::None))
}

/// The leaf exceptions of an exception or group, by identity.
fn leaves(vm: &Vm, e: &Rc<Exception>, out: &mut Vec<*const Exception>) {
    if is_group(vm, e) {
        for m in members(e) {
            leaves(vm, &m, out);
        }
    } else {
        out.push(Rc::as_ptr(e));
    }
}

/// `PREP_RERAISE_STAR`: from the original group and what each handler raised (or None, and
/// the unmatched rest last), the exception to re-raise: the original's unhandled part, plus
/// any new exceptions, grouped; None when everything was handled.
pub fn prep_reraise(vm: &mut Vm, orig: &Value, raised: &Value) -> PyResult<Value> {
    let Value::Exception(orig) = orig else { return Ok(Value::None) };
    let items = super::protocol::collect(vm, raised)?;
    if !is_group(vm, orig) {
        // A naked exception was wrapped to match: at most one handler ran.
        return Ok(items.into_iter().next().unwrap_or(Value::None));
    }
    let mut orig_leaves = Vec::new();
    leaves(vm, orig, &mut orig_leaves);
    let mut keep = Vec::new();
    let mut new_raises = Vec::new();
    for item in items {
        let Value::Exception(e) = item else { continue };
        let mut item_leaves = Vec::new();
        leaves(vm, &e, &mut item_leaves);
        if !item_leaves.is_empty() && item_leaves.iter().all(|l| orig_leaves.contains(l)) {
            keep.extend(item_leaves);
        } else {
            new_raises.push(e);
        }
    }
    let kept = if keep.is_empty() {
        None
    } else if !is_group(vm, orig) {
        Some(orig.clone())
    } else {
        split(vm, orig, &|x| keep.contains(&Rc::as_ptr(x))).0
    };
    if new_raises.is_empty() {
        return Ok(kept.map_or(Value::None, Value::Exception));
    }
    let mut all = new_raises;
    all.extend(kept);
    if let [only] = all.as_slice() {
        return Ok(Value::Exception(only.clone()));
    }
    let list = Value::list(all.iter().cloned().map(Value::Exception).collect());
    Ok(Value::Exception(make(vm.types.exception_group.clone(), Value::str(""), all, list)))
}
