//! The lazy iterators: `enumerate`, `zip`, `map`, `filter`, `reversed`, and `iter(f, sentinel)`.
//! Their `next` may call back into Python, so it takes the state out of its cell first.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use crate::interp::{PyResult, Vm};
use crate::object::function::Args;
use crate::object::misc::{Iter, Object};
use crate::object::protocol::{self, type_name};
use crate::object::types::Type;
use crate::object::value::Value;

fn iterator(state: Iter) -> Value {
    Value::object(Object::Iter(RefCell::new(state)))
}

/// `enumerate(it, start=0)`, `zip(*its, strict=False)`, `map(f, *its)`, `filter(f, it)`,
/// `reversed(seq)`.
pub fn construct(vm: &mut Vm, typ: &Rc<Type>, args: Args) -> PyResult<Value> {
    let pos = args.pos();
    match typ.name.as_str() {
        "enumerate" => {
            let start = args.kwarg("start").or(pos.get(1)).cloned().unwrap_or(Value::Int(0));
            let Some(it) = pos.first() else {
                return Err(vm.type_error("enumerate() missing required argument 'iterable' (pos 1)".into()));
            };
            let inner = protocol::iter(vm, it)?;
            Ok(iterator(Iter::Enumerate { inner, count: start }))
        }
        "zip" => {
            let strict = match args.kwarg("strict") {
                Some(v) => protocol::truthy(vm, v)?,
                None => false,
            };
            let mut inners = Vec::with_capacity(pos.len());
            for (i, it) in pos.iter().enumerate() {
                inners.push(
                    protocol::iter(vm, it).map_err(|_| {
                        vm.type_error(format!("zip argument #{} must support iteration", i + 1))
                    })?,
                );
            }
            Ok(iterator(Iter::Zip { inners, strict }))
        }
        "map" => {
            if pos.len() < 2 {
                return Err(vm.type_error("map() must have at least two arguments.".into()));
            }
            let mut inners = Vec::with_capacity(pos.len() - 1);
            for it in &pos[1..] {
                inners.push(protocol::iter(vm, it)?);
            }
            Ok(iterator(Iter::Map { func: pos[0].clone(), inners }))
        }
        "filter" => {
            let [func, it] = pos else {
                return Err(vm.type_error(format!("filter expected 2 arguments, got {}", pos.len())));
            };
            let inner = protocol::iter(vm, it)?;
            Ok(iterator(Iter::Filter { func: func.clone(), inner }))
        }
        "reversed" => {
            let [seq] = pos else {
                return Err(vm.type_error(format!("reversed expected 1 argument, got {}", pos.len())));
            };
            if crate::object::dunder::is_user(seq) {
                if let Some(r) = crate::object::class::call_special(vm, seq, "__reversed__", &[])? {
                    return Ok(r);
                }
                if crate::object::class::special(vm, seq, "__len__").is_some()
                    && crate::object::class::special(vm, seq, "__getitem__").is_some()
                {
                    let n = protocol::len(vm, seq)?;
                    let mut items = Vec::with_capacity(n);
                    for i in (0..n).rev() {
                        items.push(protocol::getitem(vm, seq, &Value::Int(i as i64))?);
                    }
                    return Ok(iterator(Iter::Seq { items, index: 0 }));
                }
            }
            let seq = crate::object::dunder::builtin_value(seq);
            match seq {
                Value::List(l) => Ok(iterator(Iter::ListReverse { list: l.clone(), index: l.len() })),
                Value::Tuple(_) | Value::Str(_) => {
                    let mut items = protocol::collect(vm, seq)?;
                    items.reverse();
                    Ok(iterator(Iter::Seq { items, index: 0 }))
                }
                Value::Dict(d) => {
                    let mut items = d.keys();
                    items.reverse();
                    Ok(iterator(Iter::Seq { items, index: 0 }))
                }
                Value::Object(o)
                    if matches!(&**o, Object::Range(_) | Object::Bytes(_) | Object::DictView { .. }) =>
                {
                    let mut items = protocol::collect(vm, seq)?;
                    items.reverse();
                    Ok(iterator(Iter::Seq { items, index: 0 }))
                }
                _ => Err(vm.type_error(format!("'{}' object is not reversible", type_name(vm, seq)))),
            }
        }
        name => Err(vm.type_error(format!("cannot create '{name}' instances"))),
    }
}

/// `next()` for the iterators that call back into Python.
pub fn next_lazy(vm: &mut Vm, cell: &RefCell<Iter>) -> PyResult<Option<Value>> {
    let state = std::mem::replace(&mut *cell.borrow_mut(), Iter::Exhausted);
    let (result, state) = step(vm, state);
    *cell.borrow_mut() = state;
    result
}

fn step(vm: &mut Vm, state: Iter) -> (PyResult<Option<Value>>, Iter) {
    match state {
        Iter::Enumerate { inner, count } => match protocol::next(vm, &inner) {
            Ok(Some(v)) => match protocol::binary_op(vm, &count, &Value::Int(1), protocol::nb::ADD) {
                Ok(next) => (Ok(Some(Value::tuple(vec![count, v]))), Iter::Enumerate { inner, count: next }),
                Err(e) => (Err(e), Iter::Enumerate { inner, count }),
            },
            other => (other, Iter::Enumerate { inner, count }),
        },
        Iter::Zip { inners, strict } => {
            if inners.is_empty() {
                return (Ok(None), Iter::Zip { inners, strict });
            }
            let mut items = Vec::with_capacity(inners.len());
            for (i, it) in inners.iter().enumerate() {
                match protocol::next(vm, it) {
                    Ok(Some(v)) => items.push(v),
                    Ok(None) => {
                        if strict {
                            let err = if i > 0 {
                                let plural = if i == 1 { "" } else { "s" };
                                vm.value_error(format!(
                                    "zip() argument {} is shorter than argument{plural} 1{}",
                                    i + 1,
                                    if i > 1 { format!("-{i}") } else { String::new() }
                                ))
                            } else {
                                match inners[1..]
                                    .iter()
                                    .position(|it| matches!(protocol::next(vm, it), Ok(Some(_))))
                                {
                                    Some(k) => {
                                        let plural = if k == 0 { "" } else { "s" };
                                        vm.value_error(format!(
                                            "zip() argument {} is longer than argument{plural} 1{}",
                                            k + 2,
                                            if k > 0 { format!("-{}", k + 1) } else { String::new() }
                                        ))
                                    }
                                    None => return (Ok(None), Iter::Exhausted),
                                }
                            };
                            return (Err(err), Iter::Exhausted);
                        }
                        return (Ok(None), Iter::Exhausted);
                    }
                    Err(e) => return (Err(e), Iter::Zip { inners, strict }),
                }
            }
            (Ok(Some(Value::tuple(items))), Iter::Zip { inners, strict })
        }
        Iter::Map { func, inners } => {
            let mut args = Vec::with_capacity(inners.len());
            for it in &inners {
                match protocol::next(vm, it) {
                    Ok(Some(v)) => args.push(v),
                    Ok(None) => return (Ok(None), Iter::Exhausted),
                    Err(e) => return (Err(e), Iter::Map { func, inners }),
                }
            }
            let r = vm.call(&func, &args, &[]).map(Some);
            (r, Iter::Map { func, inners })
        }
        Iter::Filter { func, inner } => loop {
            match protocol::next(vm, &inner) {
                Ok(Some(v)) => {
                    let keep = if func.is_none() {
                        protocol::truthy(vm, &v)
                    } else {
                        vm.call(&func, std::slice::from_ref(&v), &[]).and_then(|r| protocol::truthy(vm, &r))
                    };
                    match keep {
                        Ok(true) => return (Ok(Some(v)), Iter::Filter { func, inner }),
                        Ok(false) => continue,
                        Err(e) => return (Err(e), Iter::Filter { func, inner }),
                    }
                }
                other => return (other, Iter::Filter { func, inner }),
            }
        },
        Iter::Callable { func, sentinel } => match vm.call(&func, &[], &[]) {
            Ok(v) => match protocol::eq(vm, &v, &sentinel) {
                Ok(true) => (Ok(None), Iter::Exhausted),
                Ok(false) => (Ok(Some(v)), Iter::Callable { func, sentinel }),
                Err(e) => (Err(e), Iter::Callable { func, sentinel }),
            },
            Err(e) => (Err(e), Iter::Callable { func, sentinel }),
        },
        Iter::GetItem { obj, index } => {
            let i = index.get();
            match protocol::getitem(vm, &obj, &Value::Int(i)) {
                Ok(v) => (Ok(Some(v)), Iter::GetItem { obj, index: Cell::new(i + 1) }),
                Err(e) if e.is_instance(&vm.types.index_error) || e.is_instance(&vm.types.stop_iteration) => {
                    (Ok(None), Iter::Exhausted)
                }
                Err(e) => (Err(e), Iter::GetItem { obj, index }),
            }
        }
        other => (Ok(None), other),
    }
}
