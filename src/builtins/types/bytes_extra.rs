//! `bytes` methods CPython's `base64` and `gzip` need: `maketrans`, `translate`, `startswith`, `endswith`.

use crate::interp::{PyResult, Vm};
use crate::object::function::Args;
use crate::object::misc::Object;
use crate::object::protocol::{bytes_like, type_name};
use crate::object::value::Value;

fn is_bytes_like(v: &Value) -> bool {
    matches!(v, Value::Object(o) if matches!(&**o, Object::Bytes(_) | Object::ByteArray(_)))
}

fn buffer(vm: &Vm, v: &Value) -> PyResult<Vec<u8>> {
    if is_bytes_like(v) {
        return Ok(bytes_like(v));
    }
    Err(vm.type_error(format!("a bytes-like object is required, not '{}'", type_name(vm, v))))
}

/// `bytes.maketrans(frm, to)`: the 256-byte table mapping each byte of `frm` to the byte of
/// `to` at the same place.
pub fn maketrans(vm: &mut Vm, _cls: &Value, args: Args) -> PyResult<Value> {
    crate::object::protocol::check_args(vm, "maketrans", &args, 2, 2)?;
    let from = buffer(vm, &args.pos()[0])?;
    let to = buffer(vm, &args.pos()[1])?;
    if from.len() != to.len() {
        return Err(vm.value_error("maketrans arguments must have same length".into()));
    }
    let mut table: Vec<u8> = (0..=255).collect();
    for (f, t) in from.iter().zip(&to) {
        table[*f as usize] = *t;
    }
    Ok(Value::object(Object::Bytes(table.into())))
}

/// `b.translate(table, /, delete=b'')`: each byte through `table` (None keeps it), the bytes
/// of `delete` dropped; the result has `b`'s type.
pub fn translate(vm: &mut Vm, v: &Value, args: Args) -> PyResult<Value> {
    let pos = args.pos();
    if pos.is_empty() || pos.len() > 2 {
        return Err(vm.type_error(format!("translate expected at least 1 argument, got {}", pos.len())));
    }
    let table = match &pos[0] {
        Value::None => None,
        t => {
            let t = buffer(vm, t)?;
            if t.len() != 256 {
                return Err(vm.value_error("translation table must be 256 characters long".into()));
            }
            Some(t)
        }
    };
    let delete = match pos.get(1).or(args.kwarg("delete")) {
        Some(d) => buffer(vm, d)?,
        None => Vec::new(),
    };
    let out: Vec<u8> = bytes_like(v)
        .into_iter()
        .filter(|b| !delete.contains(b))
        .map(|b| table.as_ref().map_or(b, |t| t[b as usize]))
        .collect();
    Ok(match &v {
        Value::Object(o) if matches!(&**o, Object::ByteArray(_)) => {
            Value::object(Object::ByteArray(std::cell::RefCell::new(out)))
        }
        _ => Value::object(Object::Bytes(out.into())),
    })
}

/// `b.startswith(prefix[, start[, end]])`, `prefix` bytes-like or a tuple of them.
pub fn startswith(vm: &mut Vm, v: &Value, args: Args) -> PyResult<Value> {
    affix(vm, v, args, "startswith")
}

/// `b.endswith(suffix[, start[, end]])`, as CPython's `gzip` uses it.
pub fn endswith(vm: &mut Vm, v: &Value, args: Args) -> PyResult<Value> {
    affix(vm, v, args, "endswith")
}

fn affix(vm: &mut Vm, v: &Value, args: Args, name: &str) -> PyResult<Value> {
    let pos = args.pos();
    if pos.is_empty() || pos.len() > 3 || args.has_kwargs() {
        return Err(vm.type_error(format!("{name}() takes at least 1 argument ({} given)", pos.len())));
    }
    let data = bytes_like(v);
    let len = data.len() as i64;
    // Slice bounds as `data[start:end]` takes them.
    let bound = |vm: &mut Vm, at: usize, default: i64| -> PyResult<usize> {
        let n = match pos.get(at) {
            None | Some(Value::None) => default,
            Some(x) => crate::object::protocol::index_value(vm, x)?,
        };
        let n = if n < 0 { (n + len).max(0) } else { n.min(len) };
        Ok(n as usize)
    };
    let start = bound(vm, 1, 0)?;
    let end = bound(vm, 2, len)?;
    let window = if start <= end { &data[start..end] } else { &data[0..0] };
    let candidates = match &pos[0] {
        Value::Tuple(t) => t.items().to_vec(),
        other => vec![other.clone()],
    };
    for c in &candidates {
        if !is_bytes_like(c) {
            return Err(vm.type_error(format!(
                "{name} first arg must be bytes or a tuple of bytes, not {}",
                type_name(vm, c)
            )));
        }
        let affix = bytes_like(c);
        let hit = if name == "startswith" { window.starts_with(&affix) } else { window.ends_with(&affix) };
        if hit && start <= end {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}
