//! Methods of `list`, including the stable `sort` (`Objects/listobject.c`).

use crate::interp::{PyResult, Vm};
use crate::object::function::{Args, NativeMethod};
use crate::object::list::List;
use crate::object::protocol::{self, CompareOp, check_args};
use crate::object::value::Value;

pub static METHODS: &[NativeMethod] = crate::methods!("list";
    "append" => append, "extend" => extend, "insert" => insert, "pop" => pop, "remove" => remove,
    "index" => index, "count" => count, "sort" => sort_method, "reverse" => reverse, "clear" => clear,
    "copy" => copy, "__init__" => init,
);

/// The receiver (`call_native` has checked its type; the error is for safety only).
fn this(v: &Value) -> PyResult<&List> {
    match v {
        Value::List(l) => Ok(l),
        _ => Err(crate::object::exception::PyErr::fault("list method on a non-list")),
    }
}

fn append(vm: &mut Vm, l: &Value, args: Args) -> PyResult<Value> {
    check_args(vm, "list.append", &args, 1, 1)?;
    this(l)?.push(args.pos()[0].clone());
    Ok(Value::None)
}

fn extend(vm: &mut Vm, l: &Value, args: Args) -> PyResult<Value> {
    check_args(vm, "list.extend", &args, 1, 1)?;
    let items = protocol::collect(vm, &args.pos()[0])?;
    this(l)?.borrow_mut().extend(items);
    Ok(Value::None)
}

fn insert(vm: &mut Vm, l: &Value, args: Args) -> PyResult<Value> {
    check_args(vm, "insert", &args, 2, 2)?;
    let i = protocol::to_i64(vm, &args.pos()[0])?;
    let list = this(l)?;
    let len = list.len() as i64;
    let at = if i < 0 { (i + len).max(0) } else { i.min(len) };
    list.borrow_mut().insert(at as usize, args.pos()[1].clone());
    Ok(Value::None)
}

fn pop(vm: &mut Vm, l: &Value, args: Args) -> PyResult<Value> {
    check_args(vm, "pop", &args, 0, 1)?;
    let list = this(l)?;
    let len = list.len();
    if len == 0 {
        return Err(vm.index_error("pop from empty list".into()));
    }
    let i = match args.pos().first() {
        Some(v) => protocol::to_i64(vm, v)?,
        None => -1,
    };
    let at = if i < 0 { i + len as i64 } else { i };
    if at < 0 || at >= len as i64 {
        return Err(vm.index_error("pop index out of range".into()));
    }
    Ok(list.borrow_mut().remove(at as usize))
}

/// The index of the first item equal to `v` (comparisons may run Python code).
fn position(vm: &mut Vm, items: &[Value], v: &Value) -> PyResult<Option<usize>> {
    for (i, x) in items.iter().enumerate() {
        if x.is(v) || protocol::eq(vm, x, v)? {
            return Ok(Some(i));
        }
    }
    Ok(None)
}

fn remove(vm: &mut Vm, l: &Value, args: Args) -> PyResult<Value> {
    check_args(vm, "list.remove", &args, 1, 1)?;
    let items = this(l)?.to_vec();
    match position(vm, &items, &args.pos()[0])? {
        Some(i) => {
            this(l)?.borrow_mut().remove(i);
            Ok(Value::None)
        }
        None => Err(vm.value_error("list.remove(x): x not in list".into())),
    }
}

fn index(vm: &mut Vm, l: &Value, args: Args) -> PyResult<Value> {
    check_args(vm, "index", &args, 1, 3)?;
    let items = this(l)?.to_vec();
    let len = items.len() as i64;
    let clamp = |i: i64| if i < 0 { (i + len).max(0) } else { i.min(len) } as usize;
    let start = match args.pos().get(1) {
        Some(v) => clamp(protocol::to_i64(vm, v)?),
        None => 0,
    };
    let end = match args.pos().get(2) {
        Some(v) => clamp(protocol::to_i64(vm, v)?),
        None => items.len(),
    };
    let v = &args.pos()[0];
    if start < end
        && let Some(i) = position(vm, &items[start..end], v)?
    {
        return Ok(Value::Int((start + i) as i64));
    }
    let r = protocol::repr(vm, v)?;
    Err(vm.value_error(format!("{r} is not in list")))
}

fn count(vm: &mut Vm, l: &Value, args: Args) -> PyResult<Value> {
    check_args(vm, "count", &args, 1, 1)?;
    let items = this(l)?.to_vec();
    let mut n = 0;
    for x in &items {
        if x.is(&args.pos()[0]) || protocol::eq(vm, x, &args.pos()[0])? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

fn reverse(vm: &mut Vm, l: &Value, args: Args) -> PyResult<Value> {
    check_args(vm, "reverse", &args, 0, 0)?;
    this(l)?.borrow_mut().reverse();
    Ok(Value::None)
}

fn clear(vm: &mut Vm, l: &Value, args: Args) -> PyResult<Value> {
    check_args(vm, "clear", &args, 0, 0)?;
    this(l)?.borrow_mut().clear();
    Ok(Value::None)
}

fn copy(vm: &mut Vm, l: &Value, args: Args) -> PyResult<Value> {
    check_args(vm, "copy", &args, 0, 0)?;
    Ok(Value::list(this(l)?.to_vec()))
}

fn sort_method(vm: &mut Vm, l: &Value, args: Args) -> PyResult<Value> {
    sort(vm, l, args)?;
    Ok(Value::None)
}

/// `list.sort(key=None, reverse=False)`: keys are computed first, then a stable sort that
/// only asks `<`, as CPython's timsort does (for short lists, in the same order of
/// comparisons: a run count and binary insertion).
pub fn sort(vm: &mut Vm, l: &Value, args: Args) -> PyResult<()> {
    if !args.pos().is_empty() {
        return Err(vm.type_error("sort() takes no positional arguments".into()));
    }
    let mut key = None;
    let mut reverse = false;
    for (k, v) in args.kwargs() {
        match k {
            "key" => key = Some(v.clone()).filter(|v| !v.is_none()),
            "reverse" => reverse = protocol::truthy(vm, v)?,
            _ => return Err(vm.type_error(format!("'{k}' is an invalid keyword argument for sort()"))),
        }
    }
    let list = this(l)?;
    let mut items = std::mem::take(&mut *list.borrow_mut());
    let mut keys = match &key {
        Some(f) => {
            let mut keys = Vec::with_capacity(items.len());
            for item in &items {
                match vm.call(f, std::slice::from_ref(item), &[]) {
                    Ok(k) => keys.push(k),
                    Err(e) => {
                        *list.borrow_mut() = items;
                        return Err(e);
                    }
                }
            }
            keys
        }
        None => items.clone(),
    };
    if reverse {
        items.reverse();
        keys.reverse();
    }
    let mut order: Vec<usize> = (0..items.len()).collect();
    let result = sort_indices(vm, &keys, &mut order);
    let mut sorted: Vec<Value> = order.iter().map(|&i| items[i].clone()).collect();
    if reverse {
        sorted.reverse();
    }
    // Whatever the comparisons did to the list meanwhile, the sorted items replace it.
    *list.borrow_mut() = if result.is_ok() { sorted } else { items };
    result
}

fn lt(vm: &mut Vm, keys: &[Value], a: usize, b: usize) -> PyResult<bool> {
    match (&keys[a], &keys[b]) {
        (Value::Int(x), Value::Int(y)) => Ok(x < y),
        (x, y) => protocol::compare_bool(vm, x, y, CompareOp::Lt),
    }
}

/// Sorts `order` (indices into `keys`) stably by `<`.
fn sort_indices(vm: &mut Vm, keys: &[Value], order: &mut [usize]) -> PyResult<()> {
    let n = order.len();
    if n < 2 {
        return Ok(());
    }
    if n < 64 {
        let run = count_run(vm, keys, order)?;
        return binary_insertion(vm, keys, order, run);
    }
    // Longer lists: sorted runs of 32 by binary insertion, then stable merges.
    let mut start = 0;
    while start < n {
        let end = (start + 32).min(n);
        let run = count_run(vm, keys, &mut order[start..end])?;
        binary_insertion(vm, keys, &mut order[start..end], run)?;
        start = end;
    }
    let mut width = 32;
    let mut buf = order.to_vec();
    while width < n {
        let mut lo = 0;
        while lo < n {
            let mid = (lo + width).min(n);
            let hi = (lo + 2 * width).min(n);
            let (mut i, mut j, mut k) = (lo, mid, lo);
            while i < mid && j < hi {
                if lt(vm, keys, order[j], order[i])? {
                    buf[k] = order[j];
                    j += 1;
                } else {
                    buf[k] = order[i];
                    i += 1;
                }
                k += 1;
            }
            buf[k..k + mid - i].copy_from_slice(&order[i..mid]);
            k += mid - i;
            buf[k..k + hi - j].copy_from_slice(&order[j..hi]);
            lo = hi;
        }
        order.copy_from_slice(&buf);
        width *= 2;
    }
    Ok(())
}

/// The length of the run at the start; a strictly descending run is reversed in place.
fn count_run(vm: &mut Vm, keys: &[Value], order: &mut [usize]) -> PyResult<usize> {
    if order.len() < 2 {
        return Ok(order.len());
    }
    let mut n = 2;
    if lt(vm, keys, order[1], order[0])? {
        while n < order.len() && lt(vm, keys, order[n], order[n - 1])? {
            n += 1;
        }
        order[..n].reverse();
    } else {
        while n < order.len() && !lt(vm, keys, order[n], order[n - 1])? {
            n += 1;
        }
    }
    Ok(n)
}

/// Inserts `order[start..]` one by one into the sorted prefix, by binary search.
fn binary_insertion(vm: &mut Vm, keys: &[Value], order: &mut [usize], start: usize) -> PyResult<()> {
    for s in start.max(1)..order.len() {
        let pivot = order[s];
        let (mut l, mut r) = (0, s);
        while l < r {
            let p = l + (r - l) / 2;
            if lt(vm, keys, pivot, order[p])? {
                r = p;
            } else {
                l = p + 1;
            }
        }
        order.copy_within(l..s, l + 1);
        order[l] = pivot;
    }
    Ok(())
}

/// `list.__init__(self, iterable=())`: clears the list, then extends it (for subclasses).
pub fn init(vm: &mut Vm, l: &Value, args: Args) -> PyResult<Value> {
    check_args(vm, "list", &args, 0, 1)?;
    let items = match args.pos().first() {
        Some(v) => protocol::collect(vm, v)?,
        None => Vec::new(),
    };
    *this(l)?.borrow_mut() = items;
    Ok(Value::None)
}
