//! `bytes`, `bytearray` and `memoryview` in the protocols: subscripts, item and slice
//! assignment and deletion, concatenation, repetition, comparison and hashing of views
//! (`Objects/bytesobject.c`, `bytearrayobject.c`, `memoryobject.c`). `protocol.rs` calls in
//! here with one-line arms.

use std::cmp::Ordering;
use std::rc::Rc;

use super::buffer::{self, MemoryView};
use super::exception::PyErr;
use super::misc::Object;
use super::protocol::{self, type_name};
use super::value::Value;
use crate::builtins::types::bytes::{byte_arg, new_bytearray, new_bytes};
use crate::interp::{PyResult, Vm};

/// ValueError for any use of a released view.
pub fn released_error(vm: &mut Vm) -> PyErr {
    vm.value_error("operation forbidden on released memoryview object".into())
}

/// The view, checked to be still usable.
pub fn live<'a>(vm: &mut Vm, m: &'a MemoryView) -> PyResult<&'a MemoryView> {
    if m.released() {
        return Err(released_error(vm));
    }
    Ok(m)
}

/// `m[key]`: an item for an int, a view sharing the buffer for a slice.
pub fn view_getitem(vm: &mut Vm, m: &MemoryView, key: &Value) -> PyResult<Value> {
    let m = live(vm, m)?;
    if let Some((start, stop, step)) = slice_of(key) {
        let (i, _, step, count) = protocol::slice_indices(vm, &start, &stop, &step, m.len)?;
        return Ok(Value::object(Object::MemoryView(m.sub(i as usize, step, count))));
    }
    let k = view_index(vm, m, key)?;
    Ok(m.item(k))
}

/// IndexError for an index past 64 bits, as `PyNumber_AsSsize_t(key, IndexError)` gives.
pub fn index_too_big(vm: &mut Vm) -> PyErr {
    vm.index_error("cannot fit 'int' into an index-sized integer".into())
}

/// An item index of a view, with memoryview's messages.
fn view_index(vm: &mut Vm, m: &MemoryView, key: &Value) -> PyResult<usize> {
    if let Some(super::int::IntRef::Big(_)) = super::int::IntRef::of(key) {
        return Err(index_too_big(vm));
    }
    if matches!(key, Value::Tuple(_)) {
        return Err(vm.type_error("memoryview: invalid slice key".into()));
    }
    let i = match protocol::seq_index(vm, key, m.len) {
        Ok(i) => i,
        Err(_) => return Err(vm.type_error("memoryview: invalid slice key".into())),
    };
    i.ok_or_else(|| vm.index_error("index out of bounds on dimension 1".into()))
}

fn slice_of(key: &Value) -> Option<(Value, Value, Value)> {
    match key {
        Value::Object(o) => match &**o {
            Object::Slice { start, stop, step } => Some((start.clone(), stop.clone(), step.clone())),
            _ => None,
        },
        _ => None,
    }
}

/// `m[key] = value`: into a bytearray's view, one item or a slice of the same length.
pub fn view_setitem(vm: &mut Vm, m: &MemoryView, key: &Value, value: &Value) -> PyResult<()> {
    let m = live(vm, m)?;
    if m.readonly {
        return Err(vm.type_error("cannot modify read-only memory".into()));
    }
    if let Some((start, stop, step)) = slice_of(key) {
        let (i, _, step, count) = protocol::slice_indices(vm, &start, &stop, &step, m.len)?;
        let Some(src) = buffer::read(value) else {
            return Err(
                vm.type_error(format!("a bytes-like object is required, not '{}'", type_name(vm, value)))
            );
        };
        if src.len() != count * m.itemsize {
            return Err(
                vm.value_error("memoryview assignment: lvalue and rvalue have different structures".into())
            );
        }
        m.sub(i as usize, step, count).write(0, &src);
        return Ok(());
    }
    let k = view_index(vm, m, key)?;
    let item = item_bytes(vm, m.format, value)?;
    m.write(k, &item);
    Ok(())
}

/// The bytes an item value packs to under `format`, with the struct module's checks and
/// memoryview's messages.
fn item_bytes(vm: &mut Vm, format: u8, value: &Value) -> PyResult<Vec<u8>> {
    let f = format as char;
    let invalid = |vm: &mut Vm| vm.value_error(format!("memoryview: invalid value for format '{f}'"));
    let wrong_type = |vm: &mut Vm| vm.type_error(format!("memoryview: invalid type for format '{f}'"));
    match format {
        b'c' => {
            return match value {
                Value::Object(o) if let Object::Bytes(b) = &**o => match **b {
                    [byte] => Ok(vec![byte]),
                    _ => Err(invalid(vm)),
                },
                _ => Err(wrong_type(vm)),
            };
        }
        b'?' => return Ok(vec![protocol::truthy(vm, value)? as u8]),
        b'f' | b'd' => {
            let x = match value {
                Value::Float(x) => *x,
                _ => match super::int::IntRef::of(value).and_then(|i| i.to_f64()) {
                    Some(x) => x,
                    None => return Err(wrong_type(vm)),
                },
            };
            return Ok(if format == b'f' {
                (x as f32).to_ne_bytes().to_vec()
            } else {
                x.to_ne_bytes().to_vec()
            });
        }
        _ => {}
    }
    let Some(n) = super::int::IntRef::of(value) else {
        return Err(wrong_type(vm));
    };
    let n = n.to_big();
    use num_traits::ToPrimitive;
    let packed = match format {
        b'b' => n.to_i8().map(|x| x.to_ne_bytes().to_vec()),
        b'h' => n.to_i16().map(|x| x.to_ne_bytes().to_vec()),
        b'H' => n.to_u16().map(|x| x.to_ne_bytes().to_vec()),
        b'i' => n.to_i32().map(|x| x.to_ne_bytes().to_vec()),
        b'I' => n.to_u32().map(|x| x.to_ne_bytes().to_vec()),
        b'l' | b'q' | b'n' => n.to_i64().map(|x| x.to_ne_bytes().to_vec()),
        b'L' | b'Q' | b'N' | b'P' => n.to_u64().map(|x| x.to_ne_bytes().to_vec()),
        _ => n.to_u8().map(|x| vec![x]),
    };
    packed.ok_or_else(|| invalid(vm))
}

/// `ba[key] = value` for a bytearray: an int for an index; for a slice, any bytes-like or
/// iterable of ints (resizing unless the slice is extended).
pub fn bytearray_setitem(vm: &mut Vm, ba_value: &Value, key: &Value, value: &Value) -> PyResult<()> {
    let Value::Object(o) = ba_value else { return Ok(()) };
    let Object::ByteArray(ba) = &**o else { return Ok(()) };
    let len = ba.borrow().len();
    if let Some((start, stop, step)) = slice_of(key) {
        // Numbers and str are refused up front; anything else converts as `bytearray(value)`.
        let src = match value {
            _ if buffer::is_buffer(value) => buffer::read(value).unwrap_or_default(),
            Value::Int(_) | Value::BigInt(_) | Value::Float(_) | Value::Bool(_) | Value::Str(_) => {
                return Err(vm.type_error(
                    "can assign only bytes, buffers, or iterables of ints in range(0, 256)".into(),
                ));
            }
            _ => {
                let args = super::function::Args::positional(std::slice::from_ref(value));
                crate::builtins::types::bytes::construct(vm, &args, "bytearray")?
            }
        };
        let (i, stop, step, count) = protocol::slice_indices(vm, &start, &stop, &step, len)?;
        if step == 1 {
            let i = i as usize;
            let stop = (stop as usize).max(i);
            if src.len() != stop - i {
                ba.check_resize(vm)?;
            }
            ba.borrow_mut().splice(i..stop, src);
            return Ok(());
        }
        if src.len() != count {
            return Err(vm.value_error(format!(
                "attempt to assign bytes of size {} to extended slice of size {count}",
                src.len()
            )));
        }
        let mut data = ba.borrow_mut();
        for (k, b) in src.into_iter().enumerate() {
            data[(i + k as i64 * step) as usize] = b;
        }
        return Ok(());
    }
    if let Some(super::int::IntRef::Big(_)) = super::int::IntRef::of(key) {
        return Err(index_too_big(vm));
    }
    let index = match protocol::seq_index(vm, key, len) {
        Ok(i) => i,
        Err(_) => {
            return Err(vm.type_error(format!(
                "bytearray indices must be integers or slices, not {}",
                type_name(vm, key)
            )));
        }
    };
    let byte = byte_arg(vm, value)?;
    match index {
        Some(i) => {
            ba.borrow_mut()[i] = byte;
            Ok(())
        }
        None => Err(vm.index_error("bytearray index out of range".into())),
    }
}

/// `del ba[key]`.
pub fn bytearray_delitem(vm: &mut Vm, ba_value: &Value, key: &Value) -> PyResult<()> {
    let Value::Object(o) = ba_value else { return Ok(()) };
    let Object::ByteArray(ba) = &**o else { return Ok(()) };
    let len = ba.borrow().len();
    if let Some((start, stop, step)) = slice_of(key) {
        let (i, _, step, count) = protocol::slice_indices(vm, &start, &stop, &step, len)?;
        if count == 0 {
            return Ok(());
        }
        ba.check_resize(vm)?;
        let doomed: std::collections::HashSet<usize> =
            (0..count).map(|k| (i + k as i64 * step) as usize).collect();
        let mut data = ba.borrow_mut();
        let mut at = 0;
        data.retain(|_| {
            at += 1;
            !doomed.contains(&(at - 1))
        });
        return Ok(());
    }
    if let Some(super::int::IntRef::Big(_)) = super::int::IntRef::of(key) {
        return Err(index_too_big(vm));
    }
    let index = match protocol::seq_index(vm, key, len) {
        Ok(i) => i,
        Err(_) => {
            return Err(vm.type_error(format!(
                "bytearray indices must be integers or slices, not {}",
                type_name(vm, key)
            )));
        }
    };
    match index {
        Some(i) => {
            ba.check_resize(vm)?;
            ba.borrow_mut().remove(i);
            Ok(())
        }
        None => Err(vm.index_error("bytearray index out of range".into())),
    }
}

/// `a + b` when `a` is bytes or bytearray: any bytes-like on the right, the result of `a`'s
/// type; `+=` on a bytearray grows it in place.
pub fn concat(vm: &mut Vm, a: &Value, b: &Value, inplace: bool) -> PyResult<Option<Value>> {
    let Value::Object(o) = a else { return Ok(None) };
    let Some(tail) = buffer::read(b) else {
        return match &**o {
            Object::Bytes(_) | Object::ByteArray(_) => {
                Err(vm.type_error(format!("can't concat {} to {}", type_name(vm, b), type_name(vm, a))))
            }
            _ => Ok(None),
        };
    };
    match &**o {
        Object::Bytes(head) => Ok(Some(new_bytes(joined(vm, head, &tail)?))),
        Object::ByteArray(ba) if inplace => {
            ba.check_resize(vm)?;
            if ba.borrow_mut().try_reserve(tail.len()).is_err() {
                return Err(vm.memory_error());
            }
            ba.borrow_mut().extend_from_slice(&tail);
            Ok(Some(a.clone()))
        }
        Object::ByteArray(ba) => {
            let head = ba.borrow().clone();
            Ok(Some(new_bytearray(joined(vm, &head, &tail)?)))
        }
        _ => Ok(None),
    }
}

fn joined(vm: &mut Vm, head: &[u8], tail: &[u8]) -> PyResult<Vec<u8>> {
    let mut out = Vec::new();
    if out.try_reserve(head.len().saturating_add(tail.len())).is_err() {
        return Err(vm.memory_error());
    }
    out.extend_from_slice(head);
    out.extend_from_slice(tail);
    Ok(out)
}

/// `b * n`, and `ba *= n` in place.
pub fn repeat(vm: &mut Vm, seq: &Value, count: usize, inplace: bool) -> PyResult<Option<Value>> {
    let Value::Object(o) = seq else { return Ok(None) };
    let data = match &**o {
        Object::Bytes(b) => b.to_vec(),
        Object::ByteArray(b) => b.borrow().clone(),
        _ => return Ok(None),
    };
    let total = data.len().checked_mul(count).filter(|n| *n <= isize::MAX as usize);
    let mut out = Vec::new();
    if total.is_none_or(|n| out.try_reserve(n).is_err()) {
        return Err(vm.memory_error());
    }
    for _ in 0..count {
        out.extend_from_slice(&data);
    }
    Ok(Some(match &**o {
        Object::ByteArray(ba) if inplace => {
            if out.len() != data.len() {
                ba.check_resize(vm)?;
            }
            *ba.borrow_mut() = out;
            seq.clone()
        }
        Object::ByteArray(_) => new_bytearray(out),
        _ => new_bytes(out),
    }))
}

/// Ordering of two bytes-likes that are not views (views only compare for equality).
pub fn ordering(a: &Value, b: &Value) -> Option<Ordering> {
    let plain =
        |v: &Value| matches!(v, Value::Object(o) if matches!(&**o, Object::Bytes(_) | Object::ByteArray(_)));
    if !plain(a) || !plain(b) {
        return None;
    }
    Some(buffer::read(a)?.cmp(&buffer::read(b)?))
}

/// `==` when one side is a memoryview: equal items under each side's format; a released
/// view equals only itself.
pub fn view_eq(a: &Value, b: &Value) -> bool {
    if a.is(b) {
        return true;
    }
    let items = |v: &Value| -> Option<Vec<Item>> {
        if let Some((code, data)) = crate::modules::array::data_of(v) {
            let format = crate::modules::array::view_format(code);
            let size = crate::modules::array::itemsize(code);
            return Some(data.chunks_exact(size).map(|b| Item::of(format, b)).collect());
        }
        let Value::Object(o) = v else { return None };
        match &**o {
            Object::MemoryView(m) if m.released() => None,
            Object::MemoryView(m) => Some((0..m.len).map(|k| Item::of(m.format, &m.item_bytes(k))).collect()),
            _ => Some(buffer::read(v)?.into_iter().map(|x| Item::Int(x as i128)).collect()),
        }
    };
    match (items(a), items(b)) {
        (Some(x), Some(y)) => x == y,
        _ => false,
    }
}

/// An item of a view, for `==` across formats: ints equal floats of the same value, a 'c'
/// item (bytes) equals only another.
enum Item {
    Int(i128),
    Float(f64),
    Other(Vec<u8>, u8),
}

impl Item {
    fn of(format: u8, b: &[u8]) -> Item {
        match buffer::item_value(format, b) {
            Value::Int(i) => Item::Int(i as i128),
            Value::Bool(x) => Item::Int(x as i128),
            Value::Float(x) => Item::Float(x),
            v => match super::int::IntRef::of(&v).and_then(|i| num_traits::ToPrimitive::to_i128(&i.to_big()))
            {
                Some(i) => Item::Int(i),
                None => Item::Other(b.to_vec(), format),
            },
        }
    }
}

impl PartialEq for Item {
    fn eq(&self, other: &Item) -> bool {
        match (self, other) {
            (Item::Int(a), Item::Int(b)) => a == b,
            (Item::Float(a), Item::Float(b)) => a == b,
            (Item::Int(a), Item::Float(b)) | (Item::Float(b), Item::Int(a)) => *a as f64 == *b,
            (Item::Other(a, f), Item::Other(b, g)) => a == b && f == g,
            _ => false,
        }
    }
}

/// `hash(m)`: a read-only view hashes as the bytes it sees.
pub fn view_hash(vm: &mut Vm, m: &MemoryView) -> PyResult<i64> {
    let m = live(vm, m)?;
    if !m.readonly {
        return Err(vm.value_error("cannot hash writable memoryview object".into()));
    }
    Ok(super::hash::hash_bytes(&m.bytes()))
}

/// The items of a view, for iteration.
pub fn view_items(vm: &mut Vm, m: &MemoryView) -> PyResult<Vec<Value>> {
    let m = live(vm, m)?;
    Ok((0..m.len).map(|k| m.item(k)).collect())
}

/// A new view of `obj` (`memoryview(obj)`), or CPython's TypeError.
pub fn new_view(vm: &mut Vm, obj: &Value) -> PyResult<Value> {
    if let Value::Object(o) = obj
        && let Object::MemoryView(m) = &**o
    {
        let m = live(vm, m)?;
        return Ok(Value::object(Object::MemoryView(m.sub(0, 1, m.len))));
    }
    match MemoryView::new(obj) {
        Some(m) => Ok(Value::Object(Rc::new(Object::MemoryView(m)))),
        None => Err(vm.type_error(format!(
            "memoryview: a bytes-like object is required, not '{}'",
            type_name(vm, obj)
        ))),
    }
}
