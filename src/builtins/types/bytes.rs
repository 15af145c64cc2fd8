//! Methods of `bytes` and `bytearray` (`Objects/bytes_methods.c`, `bytesobject.c`,
//! `bytearrayobject.c`). Both types share one implementation wherever CPython's behave the
//! same: a method reads its receiver's bytes and builds its result with the receiver's type.
//! The bytearray-only mutations follow at the end.

use num_bigint::BigInt;
use num_traits::ToPrimitive;

use crate::interp::{PyResult, Vm};
use crate::modules::io::codec;
use crate::object::buffer::{self, ByteArray};
use crate::object::function::{Args, NativeMethod};
use crate::object::misc::Object;
use crate::object::protocol::{self, check_args, type_name};
use crate::object::value::Value;

/// The methods both types have, in one list so the two tables cannot drift apart.
macro_rules! shared_methods {
    ($owner:literal; $($extra:literal => $f:path),* $(,)?) => {
        crate::methods!($owner;
            "find" => find, "rfind" => rfind, "index" => index, "rindex" => rindex, "count" => count,
            "startswith" => startswith, "endswith" => endswith, "split" => split, "rsplit" => rsplit,
            "splitlines" => splitlines, "partition" => partition, "rpartition" => rpartition,
            "strip" => strip, "lstrip" => lstrip, "rstrip" => rstrip, "removeprefix" => removeprefix,
            "removesuffix" => removesuffix, "replace" => replace, "join" => join, "center" => center,
            "ljust" => ljust, "rjust" => rjust, "zfill" => zfill, "expandtabs" => expandtabs,
            "upper" => upper, "lower" => lower, "swapcase" => swapcase, "capitalize" => capitalize,
            "title" => title, "isalnum" => isalnum, "isalpha" => isalpha, "isascii" => isascii,
            "isdigit" => isdigit, "islower" => islower, "isspace" => isspace, "istitle" => istitle,
            "isupper" => isupper, "hex" => hex, "translate" => translate, "maketrans" => maketrans,
            "decode" => decode, $($extra => $f,)*
        )
    };
}

pub static BYTES_METHODS: &[NativeMethod] = shared_methods!("bytes";
    "fromhex" => fromhex_bytes, "__bytes__" => dunder_bytes, "__getnewargs__" => getnewargs,
);

pub static BYTEARRAY_METHODS: &[NativeMethod] = shared_methods!("bytearray";
    "fromhex" => fromhex_bytearray, "append" => append, "extend" => extend, "insert" => insert,
    "pop" => pop, "remove" => remove, "clear" => clear, "copy" => copy, "reverse" => reverse,
    "__alloc__" => alloc,
);

// ---------------------------------------------------------------------------------------------
// Receivers, results and arguments

/// The receiver's bytes (`call_native` has checked its type).
fn data(v: &Value) -> Vec<u8> {
    buffer::read(v).unwrap_or_default()
}

fn is_bytearray(v: &Value) -> bool {
    matches!(v, Value::Object(o) if matches!(&**o, Object::ByteArray(_)))
}

/// The receiver's type name, as the messages of argument-less methods show it.
fn owner(v: &Value) -> &'static str {
    if is_bytearray(v) { "bytearray" } else { "bytes" }
}

pub fn new_bytes(data: Vec<u8>) -> Value {
    Value::object(Object::Bytes(data.into_boxed_slice()))
}

pub fn new_bytearray(data: Vec<u8>) -> Value {
    Value::object(Object::ByteArray(ByteArray::new(data)))
}

/// A result of the receiver's type: bytes for bytes, bytearray for bytearray.
fn like(receiver: &Value, data: Vec<u8>) -> Value {
    if is_bytearray(receiver) { new_bytearray(data) } else { new_bytes(data) }
}

/// A bytes-like argument's bytes, or CPython's TypeError.
pub fn buffer_arg(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    match buffer::read(v) {
        Some(b) => Ok(b),
        None => Err(vm.type_error(format!("a bytes-like object is required, not '{}'", type_name(vm, v)))),
    }
}

/// A byte given as an int, with CPython's range check.
pub fn byte_arg(vm: &mut Vm, v: &Value) -> PyResult<u8> {
    let n = protocol::to_bigint(vm, v)?;
    match n.to_u8() {
        Some(b) => Ok(b),
        None => Err(vm.value_error("byte must be in range(0, 256)".into())),
    }
}

/// Whether `v` is an int or has `__index__`, so it stands for one byte.
fn is_int(vm: &mut Vm, v: &Value) -> bool {
    crate::object::int::IntRef::of(v).is_some()
        || (crate::object::dunder::is_user(v) && crate::object::class::special(vm, v, "__index__").is_some())
}

/// The `sub` of find and friends: a bytes-like object or one byte as an int.
fn sub_arg(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    if let Some(b) = buffer::read(v) {
        return Ok(b);
    }
    if is_int(vm, v) {
        return Ok(vec![byte_arg(vm, v)?]);
    }
    Err(vm.type_error(format!("argument should be integer or bytes-like object, not '{}'", type_name(vm, v))))
}

/// A positional-only argument count check with the messages of CPython's `PyArg_ParseTuple`
/// methods (find, count, startswith, …), which name the type when refusing keywords.
fn parse_tuple_args(
    vm: &mut Vm,
    recv: &Value,
    name: &str,
    args: &Args,
    min: usize,
    max: usize,
) -> PyResult<()> {
    if args.has_kwargs() {
        return Err(vm.type_error(format!("{}.{name}() takes no keyword arguments", owner(recv))));
    }
    let n = args.pos().len();
    let plural = |k: usize| if k == 1 { "" } else { "s" };
    if n < min {
        return Err(
            vm.type_error(format!("{name}() takes at least {min} argument{} ({n} given)", plural(min)))
        );
    }
    if n > max {
        return Err(
            vm.type_error(format!("{name}() takes at most {max} argument{} ({n} given)", plural(max)))
        );
    }
    Ok(())
}

/// Positional-or-keyword arguments of an Argument Clinic method: the values by parameter,
/// with CPython's messages for too many and for unknown keywords.
fn clinic_args<'a>(
    vm: &mut Vm,
    name: &str,
    args: &Args<'a>,
    params: &[&str],
) -> PyResult<Vec<Option<&'a Value>>> {
    let pos = args.pos();
    if pos.len() > params.len() {
        let most = params.len();
        return Err(vm.type_error(format!(
            "{name}() takes at most {most} argument{} ({} given)",
            if most == 1 { "" } else { "s" },
            pos.len()
        )));
    }
    let mut out: Vec<Option<&Value>> = params.iter().enumerate().map(|(i, _)| pos.get(i)).collect();
    for (k, v) in args.kwargs() {
        match params.iter().position(|p| *p == k) {
            Some(i) if out[i].is_none() => out[i] = Some(v),
            Some(i) => {
                return Err(vm.type_error(format!(
                    "argument for {name}() given by name ('{k}') and position ({})",
                    i + 1
                )));
            }
            None => return Err(vm.type_error(format!("'{k}' is an invalid keyword argument for {name}()"))),
        }
    }
    Ok(out)
}

/// A Py_ssize_t argument (`__index__`), OverflowError past 64 bits as CPython's.
fn ssize_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    let n = protocol::to_bigint(vm, v)?;
    n.to_i64().ok_or_else(|| vm.overflow_error("Python int too large to convert to C ssize_t".into()))
}

/// Room for `n` more bytes, or MemoryError instead of an abort.
fn reserve(vm: &mut Vm, out: &mut Vec<u8>, n: usize) -> PyResult<()> {
    if n > isize::MAX as usize || out.try_reserve(n).is_err() {
        return Err(vm.memory_error());
    }
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// Searching

/// The `start` and `end` of find and friends, adjusted as CPython's `ADJUST_INDICES`: negative
/// values count from the end, `end` is clipped to the length, `start` is not.
fn bounds(vm: &mut Vm, args: &Args, from: usize, len: usize) -> PyResult<(usize, usize)> {
    let len = len as i64;
    let get = |vm: &mut Vm, v: Option<&Value>, default: i64| -> PyResult<i64> {
        match v {
            None | Some(Value::None) => Ok(default),
            Some(v) => {
                let i = slice_index(vm, v)?;
                Ok(if i < 0 { (i + len).max(0) } else { i })
            }
        }
    };
    let start = get(vm, args.pos().get(from), 0)?;
    let end = get(vm, args.pos().get(from + 1), len)?.min(len);
    Ok((start as usize, end as usize))
}

/// A slice bound (`_PyEval_SliceIndex`): ints of any size, clamped to 64 bits.
fn slice_index(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    let msg = "slice indices must be integers or None or have an __index__ method";
    if !is_int(vm, v) {
        return Err(vm.type_error(msg.into()));
    }
    let n = protocol::to_bigint(vm, v)?;
    Ok(n.to_i64().unwrap_or(if n < BigInt::from(0) { i64::MIN / 2 } else { i64::MAX / 2 }))
}

/// Where `needle` first (or last) occurs in `hay`.
fn search(hay: &[u8], needle: &[u8], right: bool) -> Option<usize> {
    if needle.is_empty() {
        return Some(if right { hay.len() } else { 0 });
    }
    if needle.len() > hay.len() {
        return None;
    }
    let mut windows = hay.windows(needle.len());
    if right { windows.rposition(|w| w == needle) } else { windows.position(|w| w == needle) }
}

/// How many times `needle` occurs in `hay` without overlapping (`None`: no limit).
fn occurrences(hay: &[u8], needle: &[u8], limit: usize) -> Vec<usize> {
    let mut found = Vec::new();
    if needle.is_empty() {
        return (0..=hay.len()).take(limit).collect();
    }
    let mut i = 0;
    while found.len() < limit && i + needle.len() <= hay.len() {
        if &hay[i..i + needle.len()] == needle {
            found.push(i);
            i += needle.len();
        } else {
            i += 1;
        }
    }
    found
}

fn find_impl(vm: &mut Vm, v: &Value, args: &Args, name: &str, right: bool) -> PyResult<Option<usize>> {
    parse_tuple_args(vm, v, name, args, 1, 3)?;
    let sub = sub_arg(vm, &args.pos()[0])?;
    let hay = data(v);
    let (start, end) = bounds(vm, args, 1, hay.len())?;
    if start > end || end - start < sub.len() {
        return Ok(None);
    }
    Ok(search(&hay[start..end], &sub, right).map(|i| i + start))
}

fn find(vm: &mut Vm, v: &Value, args: Args) -> PyResult<Value> {
    Ok(Value::Int(find_impl(vm, v, &args, "find", false)?.map_or(-1, |i| i as i64)))
}

fn rfind(vm: &mut Vm, v: &Value, args: Args) -> PyResult<Value> {
    Ok(Value::Int(find_impl(vm, v, &args, "rfind", true)?.map_or(-1, |i| i as i64)))
}

fn index(vm: &mut Vm, v: &Value, args: Args) -> PyResult<Value> {
    match find_impl(vm, v, &args, "index", false)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => Err(vm.value_error("subsection not found".into())),
    }
}

fn rindex(vm: &mut Vm, v: &Value, args: Args) -> PyResult<Value> {
    match find_impl(vm, v, &args, "rindex", true)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => Err(vm.value_error("subsection not found".into())),
    }
}

fn count(vm: &mut Vm, v: &Value, args: Args) -> PyResult<Value> {
    parse_tuple_args(vm, v, "count", &args, 1, 3)?;
    let sub = sub_arg(vm, &args.pos()[0])?;
    let hay = data(v);
    let (start, end) = bounds(vm, &args, 1, hay.len())?;
    if start > end {
        return Ok(Value::Int(0));
    }
    Ok(Value::Int(occurrences(&hay[start..end], &sub, usize::MAX).len() as i64))
}

/// `startswith` and `endswith`: a prefix or a tuple of them, within `start:end`.
fn affix(vm: &mut Vm, v: &Value, args: Args, name: &str, at_end: bool) -> PyResult<Value> {
    parse_tuple_args(vm, v, name, &args, 1, 3)?;
    let hay = data(v);
    let (start, end) = bounds(vm, &args, 1, hay.len())?;
    let matches = |p: &[u8]| {
        if start > hay.len() || start > end || end - start < p.len() {
            return false;
        }
        if at_end { hay[..end].ends_with(p) } else { hay[start..].starts_with(p) }
    };
    let wrong = |vm: &mut Vm, x: &Value| {
        vm.type_error(format!("{name} first arg must be bytes or a tuple of bytes, not {}", type_name(vm, x)))
    };
    match &args.pos()[0] {
        Value::Tuple(t) => {
            for p in t.items() {
                let Some(p) = buffer::read(p) else { return Err(wrong(vm, p)) };
                if matches(&p) {
                    return Ok(Value::Bool(true));
                }
            }
            Ok(Value::Bool(false))
        }
        other => match buffer::read(other) {
            Some(p) => Ok(Value::Bool(matches(&p))),
            None => Err(wrong(vm, other)),
        },
    }
}

fn startswith(vm: &mut Vm, v: &Value, args: Args) -> PyResult<Value> {
    affix(vm, v, args, "startswith", false)
}

fn endswith(vm: &mut Vm, v: &Value, args: Args) -> PyResult<Value> {
    affix(vm, v, args, "endswith", true)
}

/// `x in b`: a byte as an int, or a bytes-like run.
pub fn contains(vm: &mut Vm, container: &[u8], item: &Value) -> PyResult<bool> {
    if is_int(vm, item) {
        let b = byte_arg(vm, item)?;
        return Ok(container.contains(&b));
    }
    let sub = buffer_arg(vm, item)?;
    Ok(search(container, &sub, false).is_some())
}

// ---------------------------------------------------------------------------------------------
// Splitting, stripping, replacing

/// ASCII whitespace as CPython's `Py_ISSPACE` sees it.
fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c')
}

fn split_args(vm: &mut Vm, name: &str, args: &Args) -> PyResult<(Option<Vec<u8>>, usize)> {
    let got = clinic_args(vm, name, args, &["sep", "maxsplit"])?;
    let sep = match got[0] {
        None | Some(Value::None) => None,
        Some(s) => {
            let s = buffer_arg(vm, s)?;
            if s.is_empty() {
                return Err(vm.value_error("empty separator".into()));
            }
            Some(s)
        }
    };
    let maxsplit = match got[1] {
        None => -1,
        Some(m) => ssize_arg(vm, m)?,
    };
    Ok((sep, if maxsplit < 0 { usize::MAX } else { maxsplit as usize }))
}

/// The pieces of `s` between runs of whitespace, at most `limit` splits, from the left.
fn split_whitespace(s: &[u8], limit: usize) -> Vec<&[u8]> {
    let mut parts = Vec::new();
    let mut i = 0;
    loop {
        while i < s.len() && is_space(s[i]) {
            i += 1;
        }
        if i == s.len() {
            break;
        }
        if parts.len() == limit {
            parts.push(&s[i..]);
            break;
        }
        let start = i;
        while i < s.len() && !is_space(s[i]) {
            i += 1;
        }
        parts.push(&s[start..i]);
    }
    parts
}

fn split(vm: &mut Vm, v: &Value, args: Args) -> PyResult<Value> {
    let (sep, limit) = split_args(vm, "split", &args)?;
    let s = data(v);
    let parts: Vec<Vec<u8>> = match sep {
        None => split_whitespace(&s, limit).into_iter().map(<[u8]>::to_vec).collect(),
        Some(sep) => {
            let mut parts = Vec::new();
            let mut last = 0;
            for at in occurrences(&s, &sep, limit) {
                parts.push(s[last..at].to_vec());
                last = at + sep.len();
            }
            parts.push(s[last..].to_vec());
            parts
        }
    };
    Ok(Value::list(parts.into_iter().map(|p| like(v, p)).collect()))
}

fn rsplit(vm: &mut Vm, v: &Value, args: Args) -> PyResult<Value> {
    let (sep, limit) = split_args(vm, "rsplit", &args)?;
    let mut s = data(v);
    // Splitting from the right is splitting the reversed bytes by the reversed separator.
    s.reverse();
    let mut parts: Vec<Vec<u8>> = match sep {
        None => split_whitespace(&s, limit).into_iter().map(<[u8]>::to_vec).collect(),
        Some(mut sep) => {
            sep.reverse();
            let mut parts = Vec::new();
            let mut last = 0;
            for at in occurrences(&s, &sep, limit) {
                parts.push(s[last..at].to_vec());
                last = at + sep.len();
            }
            parts.push(s[last..].to_vec());
            parts
        }
    };
    for p in &mut parts {
        p.reverse();
    }
    parts.reverse();
    Ok(Value::list(parts.into_iter().map(|p| like(v, p)).collect()))
}

fn splitlines(vm: &mut Vm, v: &Value, args: Args) -> PyResult<Value> {
    let got = clinic_args(vm, "splitlines", &args, &["keepends"])?;
    let keepends = match got[0] {
        Some(k) => protocol::truthy(vm, k)?,
        None => false,
    };
    let s = data(v);
    let mut lines = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < s.len() {
        let eol = match s[i] {
            b'\r' if s.get(i + 1) == Some(&b'\n') => 2,
            b'\r' | b'\n' => 1,
            _ => {
                i += 1;
                continue;
            }
        };
        let end = if keepends { i + eol } else { i };
        lines.push(like(v, s[start..end].to_vec()));
        i += eol;
        start = i;
    }
    if start < s.len() {
        lines.push(like(v, s[start..].to_vec()));
    }
    Ok(Value::list(lines))
}

fn partition_impl(vm: &mut Vm, v: &Value, args: Args, name: &str, right: bool) -> PyResult<Value> {
    check_args(vm, &format!("{}.{name}", owner(v)), &args, 1, 1)?;
    let sep = buffer_arg(vm, &args.pos()[0])?;
    if sep.is_empty() {
        return Err(vm.value_error("empty separator".into()));
    }
    let s = data(v);
    let parts = match search(&s, &sep, right) {
        Some(at) => [s[..at].to_vec(), sep.clone(), s[at + sep.len()..].to_vec()],
        None if right => [Vec::new(), Vec::new(), s],
        None => [s, Vec::new(), Vec::new()],
    };
    Ok(Value::tuple(parts.into_iter().map(|p| like(v, p)).collect()))
}

fn partition(vm: &mut Vm, v: &Value, args: Args) -> PyResult<Value> {
    partition_impl(vm, v, args, "partition", false)
}

fn rpartition(vm: &mut Vm, v: &Value, args: Args) -> PyResult<Value> {
    partition_impl(vm, v, args, "rpartition", true)
}

fn strip_impl(vm: &mut Vm, v: &Value, args: Args, name: &str, left: bool, right: bool) -> PyResult<Value> {
    check_args(vm, name, &args, 0, 1)?;
    let chars = match args.pos().first() {
        None | Some(Value::None) => None,
        Some(c) => Some(buffer_arg(vm, c)?),
    };
    let strip = |b: &u8| match &chars {
        Some(set) => set.contains(b),
        None => is_space(*b),
    };
    let s = data(v);
    let mut start = 0;
    let mut end = s.len();
    if left {
        while start < end && strip(&s[start]) {
            start += 1;
        }
    }
    if right {
        while end > start && strip(&s[end - 1]) {
            end -= 1;
        }
    }
    Ok(like(v, s[start..end].to_vec()))
}

fn strip(vm: &mut Vm, v: &Value, args: Args) -> PyResult<Value> {
    strip_impl(vm, v, args, "strip", true, true)
}

fn lstrip(vm: &mut Vm, v: &Value, args: Args) -> PyResult<Value> {
    strip_impl(vm, v, args, "lstrip", true, false)
}

fn rstrip(vm: &mut Vm, v: &Value, args: Args) -> PyResult<Value> {
    strip_impl(vm, v, args, "rstrip", false, true)
}

fn removeprefix(vm: &mut Vm, v: &Value, args: Args) -> PyResult<Value> {
    remove_affix(vm, v, args, "removeprefix", true)
}

fn removesuffix(vm: &mut Vm, v: &Value, args: Args) -> PyResult<Value> {
    remove_affix(vm, v, args, "removesuffix", false)
}

/// `removeprefix` (`front`) and `removesuffix`: the data without the affix when it has it.
fn remove_affix(vm: &mut Vm, v: &Value, args: Args, name: &str, front: bool) -> PyResult<Value> {
    check_args(vm, &format!("{}.{name}", owner(v)), &args, 1, 1)?;
    let affix = buffer_arg(vm, &args.pos()[0])?;
    let s = data(v);
    let rest = if front { s.strip_prefix(&affix[..]) } else { s.strip_suffix(&affix[..]) };
    Ok(like(v, rest.unwrap_or(&s).to_vec()))
}

fn replace(vm: &mut Vm, v: &Value, args: Args) -> PyResult<Value> {
    check_args(vm, "replace", &args, 2, 3)?;
    let old = buffer_arg(vm, &args.pos()[0])?;
    let new = buffer_arg(vm, &args.pos()[1])?;
    let limit = match args.pos().get(2) {
        Some(c) => ssize_arg(vm, c)?,
        None => -1,
    };
    let s = data(v);
    let at = occurrences(&s, &old, if limit < 0 { usize::MAX } else { limit as usize });
    let grows = new.len().saturating_sub(old.len());
    let mut out = Vec::new();
    reserve(vm, &mut out, s.len().saturating_add(at.len().saturating_mul(grows)))?;
    let mut last = 0;
    for i in at {
        out.extend_from_slice(&s[last..i]);
        out.extend_from_slice(&new);
        last = i + old.len();
    }
    out.extend_from_slice(&s[last..]);
    Ok(like(v, out))
}

fn join(vm: &mut Vm, v: &Value, args: Args) -> PyResult<Value> {
    check_args(vm, &format!("{}.join", owner(v)), &args, 1, 1)?;
    let items = match protocol::iter(vm, &args.pos()[0]) {
        Ok(it) => it,
        Err(_) => return Err(vm.type_error("can only join an iterable".into())),
    };
    let sep = data(v);
    let mut out = Vec::new();
    let mut i = 0;
    while let Some(item) = protocol::next(vm, &items)? {
        let Some(piece) = buffer::read(&item) else {
            return Err(vm.type_error(format!(
                "sequence item {i}: expected a bytes-like object, {} found",
                type_name(vm, &item)
            )));
        };
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        out.extend_from_slice(&piece);
        i += 1;
    }
    Ok(like(v, out))
}

// ---------------------------------------------------------------------------------------------
// Padding and tabs

/// The `width[, fillchar]` of center/ljust/rjust.
fn fill_args(vm: &mut Vm, name: &str, args: &Args) -> PyResult<(usize, u8)> {
    check_args(vm, name, args, 1, 2)?;
    let width = ssize_arg(vm, &args.pos()[0])?.max(0) as usize;
    let fill = match args.pos().get(1) {
        None => b' ',
        Some(f) => match buffer::read(f) {
            Some(b)
                if b.len() == 1
                    && !matches!(f, Value::Object(o) if matches!(&**o, Object::MemoryView(_))) =>
            {
                b[0]
            }
            _ => {
                return Err(vm.type_error(format!(
                    "{name}() argument 2 must be a byte string of length 1, not {}",
                    type_name(vm, f)
                )));
            }
        },
    };
    Ok((width, fill))
}

/// `s` with `left` and `right` fill bytes around it.
fn padded(vm: &mut Vm, s: &[u8], left: usize, right: usize, fill: u8) -> PyResult<Vec<u8>> {
    let mut out = Vec::new();
    reserve(vm, &mut out, s.len().saturating_add(left).saturating_add(right))?;
    out.resize(left, fill);
    out.extend_from_slice(s);
    out.resize(out.len() + right, fill);
    Ok(out)
}

fn center(vm: &mut Vm, v: &Value, args: Args) -> PyResult<Value> {
    let (width, fill) = fill_args(vm, "center", &args)?;
    let s = data(v);
    let marg = width.saturating_sub(s.len());
    // CPython puts the odd byte on the left when the width is odd.
    let left = marg / 2 + (marg & width & 1);
    let out = padded(vm, &s, left, marg - left, fill)?;
    Ok(like(v, out))
}

fn ljust(vm: &mut Vm, v: &Value, args: Args) -> PyResult<Value> {
    let (width, fill) = fill_args(vm, "ljust", &args)?;
    let s = data(v);
    let out = padded(vm, &s, 0, width.saturating_sub(s.len()), fill)?;
    Ok(like(v, out))
}

fn rjust(vm: &mut Vm, v: &Value, args: Args) -> PyResult<Value> {
    let (width, fill) = fill_args(vm, "rjust", &args)?;
    let s = data(v);
    let out = padded(vm, &s, width.saturating_sub(s.len()), 0, fill)?;
    Ok(like(v, out))
}

fn zfill(vm: &mut Vm, v: &Value, args: Args) -> PyResult<Value> {
    check_args(vm, &format!("{}.zfill", owner(v)), &args, 1, 1)?;
    let width = ssize_arg(vm, &args.pos()[0])?.max(0) as usize;
    let s = data(v);
    let mut out = padded(vm, &s, width.saturating_sub(s.len()), 0, b'0')?;
    // A sign moves in front of the zeros.
    let fill = width.saturating_sub(s.len());
    if fill > 0 && matches!(s.first(), Some(b'+' | b'-')) {
        out[0] = s[0];
        out[fill] = b'0';
    }
    Ok(like(v, out))
}

fn expandtabs(vm: &mut Vm, v: &Value, args: Args) -> PyResult<Value> {
    let got = clinic_args(vm, "expandtabs", &args, &["tabsize"])?;
    // The tab size is a C int in CPython.
    let tabsize = match got[0] {
        Some(t) => {
            let n = protocol::to_bigint(vm, t)?;
            match n.to_i32() {
                Some(n) => n as i64,
                None => return Err(vm.overflow_error("Python int too large to convert to C int".into())),
            }
        }
        None => 8,
    };
    let s = data(v);
    let mut out = Vec::new();
    let mut column: usize = 0;
    for &b in &s {
        match b {
            b'\t' if tabsize > 0 => {
                let spaces = tabsize as usize - column % tabsize as usize;
                reserve(vm, &mut out, spaces)?;
                out.resize(out.len() + spaces, b' ');
                column += spaces;
            }
            b'\t' => {}
            b'\n' | b'\r' => {
                out.push(b);
                column = 0;
            }
            _ => {
                out.push(b);
                column += 1;
            }
        }
    }
    Ok(like(v, out))
}

// ---------------------------------------------------------------------------------------------
// Case and predicates (ASCII only, as CPython's)

fn no_args(vm: &mut Vm, v: &Value, name: &str, args: &Args) -> PyResult<Vec<u8>> {
    check_args(vm, &format!("{}.{name}", owner(v)), args, 0, 0)?;
    Ok(data(v))
}

fn upper(vm: &mut Vm, v: &Value, args: Args) -> PyResult<Value> {
    let s = no_args(vm, v, "upper", &args)?;
    Ok(like(v, s.to_ascii_uppercase()))
}

fn lower(vm: &mut Vm, v: &Value, args: Args) -> PyResult<Value> {
    let s = no_args(vm, v, "lower", &args)?;
    Ok(like(v, s.to_ascii_lowercase()))
}

fn swapcase(vm: &mut Vm, v: &Value, args: Args) -> PyResult<Value> {
    let s = no_args(vm, v, "swapcase", &args)?;
    let swap = |b: u8| if b.is_ascii_alphabetic() { b ^ 0x20 } else { b };
    Ok(like(v, s.into_iter().map(swap).collect()))
}

fn capitalize(vm: &mut Vm, v: &Value, args: Args) -> PyResult<Value> {
    let mut s = no_args(vm, v, "capitalize", &args)?;
    s.make_ascii_lowercase();
    if let Some(first) = s.first_mut() {
        first.make_ascii_uppercase();
    }
    Ok(like(v, s))
}

fn title(vm: &mut Vm, v: &Value, args: Args) -> PyResult<Value> {
    let s = no_args(vm, v, "title", &args)?;
    let mut after_letter = false;
    let out = s
        .into_iter()
        .map(|b| {
            let out = if after_letter { b.to_ascii_lowercase() } else { b.to_ascii_uppercase() };
            after_letter = b.is_ascii_alphabetic();
            out
        })
        .collect();
    Ok(like(v, out))
}

/// A predicate true when `s` is not empty and every byte passes `test`.
fn all_bytes(vm: &mut Vm, v: &Value, name: &str, args: &Args, test: fn(&u8) -> bool) -> PyResult<Value> {
    let s = no_args(vm, v, name, args)?;
    Ok(Value::Bool(!s.is_empty() && s.iter().all(test)))
}

fn isalnum(vm: &mut Vm, v: &Value, args: Args) -> PyResult<Value> {
    all_bytes(vm, v, "isalnum", &args, u8::is_ascii_alphanumeric)
}

fn isalpha(vm: &mut Vm, v: &Value, args: Args) -> PyResult<Value> {
    all_bytes(vm, v, "isalpha", &args, u8::is_ascii_alphabetic)
}

fn isdigit(vm: &mut Vm, v: &Value, args: Args) -> PyResult<Value> {
    all_bytes(vm, v, "isdigit", &args, u8::is_ascii_digit)
}

fn isspace(vm: &mut Vm, v: &Value, args: Args) -> PyResult<Value> {
    all_bytes(vm, v, "isspace", &args, |b| is_space(*b))
}

fn isascii(vm: &mut Vm, v: &Value, args: Args) -> PyResult<Value> {
    let s = no_args(vm, v, "isascii", &args)?;
    Ok(Value::Bool(s.is_ascii()))
}

/// islower/isupper: some cased byte, and none of the other case.
fn cased(vm: &mut Vm, v: &Value, name: &str, args: &Args, upper: bool) -> PyResult<Value> {
    let s = no_args(vm, v, name, args)?;
    let (want, other) = if upper {
        (s.iter().any(u8::is_ascii_uppercase), s.iter().any(u8::is_ascii_lowercase))
    } else {
        (s.iter().any(u8::is_ascii_lowercase), s.iter().any(u8::is_ascii_uppercase))
    };
    Ok(Value::Bool(want && !other))
}

fn islower(vm: &mut Vm, v: &Value, args: Args) -> PyResult<Value> {
    cased(vm, v, "islower", &args, false)
}

fn isupper(vm: &mut Vm, v: &Value, args: Args) -> PyResult<Value> {
    cased(vm, v, "isupper", &args, true)
}

/// Uppercase only after uncased bytes, lowercase only after cased ones, and some cased byte.
fn istitle(vm: &mut Vm, v: &Value, args: Args) -> PyResult<Value> {
    let s = no_args(vm, v, "istitle", &args)?;
    let mut cased = false;
    let mut previous_cased = false;
    for b in s {
        if b.is_ascii_uppercase() {
            if previous_cased {
                return Ok(Value::Bool(false));
            }
            previous_cased = true;
            cased = true;
        } else if b.is_ascii_lowercase() {
            if !previous_cased {
                return Ok(Value::Bool(false));
            }
            previous_cased = true;
            cased = true;
        } else {
            previous_cased = false;
        }
    }
    Ok(Value::Bool(cased))
}

// ---------------------------------------------------------------------------------------------
// Hex, translate, decode

/// `hex(sep=…, bytes_per_sep=1)`, shared with `memoryview.hex`.
pub fn hex_of(vm: &mut Vm, s: &[u8], args: &Args) -> PyResult<Value> {
    let got = clinic_args(vm, "hex", args, &["sep", "bytes_per_sep"])?;
    let sep = match got[0] {
        None | Some(Value::None) => None,
        Some(Value::Str(t)) => {
            if t.len() != 1 {
                return Err(vm.value_error("sep must be length 1.".into()));
            }
            let c = t.as_str().chars().next().unwrap_or(' ');
            if !c.is_ascii() {
                return Err(vm.value_error("sep must be ASCII.".into()));
            }
            Some(c as u8)
        }
        Some(other) => match buffer::read(other) {
            Some(b) if b.len() == 1 && b[0].is_ascii() => Some(b[0]),
            Some(b) if b.len() == 1 => return Err(vm.value_error("sep must be ASCII.".into())),
            Some(_) => return Err(vm.value_error("sep must be length 1.".into())),
            None => {
                let has_len = protocol::len(vm, other).is_ok();
                let msg = if has_len {
                    "sep must be str or bytes.".to_string()
                } else {
                    format!("object of type '{}' has no len()", type_name(vm, other))
                };
                return Err(vm.type_error(msg));
            }
        },
    };
    let per = match got[1] {
        Some(n) => ssize_arg(vm, n)?,
        None => 1,
    };
    let digits = b"0123456789abcdef";
    let mut out = String::new();
    let group = per.unsigned_abs() as usize;
    for (i, b) in s.iter().enumerate() {
        if let Some(sep) = sep
            && i > 0
            && group > 0
        {
            // Groups are counted from the right for a positive count, from the left otherwise.
            let boundary =
                if per > 0 { (s.len() - i).is_multiple_of(group) } else { i.is_multiple_of(group) };
            if boundary {
                out.push(sep as char);
            }
        }
        out.push(digits[(b >> 4) as usize] as char);
        out.push(digits[(b & 15) as usize] as char);
    }
    Ok(Value::str(&out))
}

fn hex(vm: &mut Vm, v: &Value, args: Args) -> PyResult<Value> {
    let s = data(v);
    hex_of(vm, &s, &args)
}

/// `bytes.fromhex(string)`: pairs of hex digits, whitespace between pairs.
fn parse_hex(vm: &mut Vm, args: &Args) -> PyResult<Vec<u8>> {
    check_args(vm, "fromhex", args, 1, 1)?;
    let text = match &args.pos()[0] {
        Value::Str(s) => s.clone(),
        other => {
            return Err(
                vm.type_error(format!("fromhex() argument must be str, not {}", type_name(vm, other)))
            );
        }
    };
    let chars: Vec<char> = text.as_str().chars().collect();
    let mut out = Vec::with_capacity(chars.len() / 2);
    let bad = |vm: &mut Vm, at: usize| {
        vm.value_error(format!("non-hexadecimal number found in fromhex() arg at position {at}"))
    };
    let mut i = 0;
    while i < chars.len() {
        if chars[i].is_ascii() && is_space(chars[i] as u8) {
            i += 1;
            continue;
        }
        let Some(high) = chars[i].to_digit(16) else { return Err(bad(vm, i)) };
        let Some(low) = chars.get(i + 1).and_then(|c| c.to_digit(16)) else { return Err(bad(vm, i + 1)) };
        out.push((high * 16 + low) as u8);
        i += 2;
    }
    Ok(out)
}

fn fromhex_bytes(vm: &mut Vm, _cls: &Value, args: Args) -> PyResult<Value> {
    Ok(new_bytes(parse_hex(vm, &args)?))
}

fn fromhex_bytearray(vm: &mut Vm, _cls: &Value, args: Args) -> PyResult<Value> {
    Ok(new_bytearray(parse_hex(vm, &args)?))
}

/// `bytes.maketrans(frm, to)`: the 256-byte table mapping each byte of `frm` to `to`'s.
fn maketrans(vm: &mut Vm, _cls: &Value, args: Args) -> PyResult<Value> {
    check_args(vm, "maketrans", &args, 2, 2)?;
    let from = buffer_arg(vm, &args.pos()[0])?;
    let to = buffer_arg(vm, &args.pos()[1])?;
    if from.len() != to.len() {
        return Err(vm.value_error("maketrans arguments must have same length".into()));
    }
    let mut table: Vec<u8> = (0..=255).collect();
    for (f, t) in from.iter().zip(&to) {
        table[*f as usize] = *t;
    }
    Ok(new_bytes(table))
}

fn translate(vm: &mut Vm, v: &Value, args: Args) -> PyResult<Value> {
    let got = clinic_args(vm, "translate", &args, &["table", "delete"])?;
    let Some(table) = got[0] else {
        return Err(vm.type_error("translate() missing required argument 'table' (pos 1)".into()));
    };
    let table = match table {
        Value::None => None,
        t => {
            let t = buffer_arg(vm, t)?;
            if t.len() != 256 {
                return Err(vm.value_error("translation table must be 256 characters long".into()));
            }
            Some(t)
        }
    };
    let delete = match got[1] {
        Some(d) => buffer_arg(vm, d)?,
        None => Vec::new(),
    };
    let out = data(v)
        .into_iter()
        .filter(|b| !delete.contains(b))
        .map(|b| table.as_ref().map_or(b, |t| t[b as usize]))
        .collect();
    Ok(like(v, out))
}

/// `decode(encoding='utf-8', errors='strict')`, through the codecs `_io` uses.
fn decode(vm: &mut Vm, v: &Value, args: Args) -> PyResult<Value> {
    let got = clinic_args(vm, "decode", &args, &["encoding", "errors"])?;
    let s = data(v);
    decode_with(vm, &s, got[0], got[1], "decode")
}

/// Decodes `s` with an optional encoding and error handler given as Python values, with
/// CPython's messages (an unknown handler is an error only once a byte needs it).
pub fn decode_with(
    vm: &mut Vm,
    s: &[u8],
    encoding: Option<&Value>,
    errors: Option<&Value>,
    func: &str,
) -> PyResult<Value> {
    let text_arg =
        |vm: &mut Vm, v: Option<&Value>, what: &str, default: &str| match v {
            None => Ok(default.to_string()),
            Some(Value::Str(t)) => Ok(t.as_str().to_string()),
            Some(other) => Err(vm
                .type_error(format!("{func}() argument '{what}' must be str, not {}", type_name(vm, other)))),
        };
    let encoding = text_arg(vm, encoding, "encoding", "utf-8")?;
    let errors = text_arg(vm, errors, "errors", "strict")?;
    let Some(enc) = codec::Encoding::lookup(&encoding) else {
        let t = vm.types.lookup_error.clone();
        return Err(vm.new_error(&t, format!("unknown encoding: {encoding}")));
    };
    let handler = codec::Errors::lookup(&errors);
    match codec::decode(s, enc, handler.unwrap_or(codec::Errors::Strict), true) {
        Ok((text, _)) => Ok(Value::str(&text)),
        Err(_) if handler.is_none() => {
            let t = vm.types.lookup_error.clone();
            Err(vm.new_error(&t, format!("unknown error handler name '{errors}'")))
        }
        Err(e) => Err(crate::modules::io::codec_error(vm, e)),
    }
}

fn dunder_bytes(vm: &mut Vm, v: &Value, args: Args) -> PyResult<Value> {
    let s = no_args(vm, v, "__bytes__", &args)?;
    Ok(new_bytes(s))
}

fn getnewargs(vm: &mut Vm, v: &Value, args: Args) -> PyResult<Value> {
    let s = no_args(vm, v, "__getnewargs__", &args)?;
    Ok(Value::tuple(vec![new_bytes(s)]))
}

// ---------------------------------------------------------------------------------------------
// bytearray's mutations

/// The receiver's storage (`call_native` has checked it is a bytearray).
fn storage(v: &Value) -> PyResult<&ByteArray> {
    match v {
        Value::Object(o) if let Object::ByteArray(b) = &**o => Ok(b),
        _ => Err(crate::object::exception::PyErr::fault("bytearray method on another type")),
    }
}

fn append(vm: &mut Vm, v: &Value, args: Args) -> PyResult<Value> {
    check_args(vm, "bytearray.append", &args, 1, 1)?;
    let b = byte_arg(vm, &args.pos()[0])?;
    let ba = storage(v)?;
    ba.check_resize(vm)?;
    ba.borrow_mut().push(b);
    Ok(Value::None)
}

/// The bytes an iterable of ints (or a buffer) gives, as `extend` and `bytearray(x)` take them.
pub fn bytes_from_iterable(vm: &mut Vm, src: &Value) -> PyResult<Vec<u8>> {
    if let Some(b) = buffer::read(src) {
        return Ok(b);
    }
    let it = match protocol::iter(vm, src) {
        Ok(it) => it,
        Err(_) => {
            return Err(vm.type_error(format!("can't extend bytearray with {}", type_name(vm, src))));
        }
    };
    let mut out = Vec::new();
    while let Some(item) = protocol::next(vm, &it)? {
        if !is_int(vm, &item) {
            return Err(vm.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                type_name(vm, &item)
            )));
        }
        out.push(byte_arg(vm, &item)?);
    }
    Ok(out)
}

fn extend(vm: &mut Vm, v: &Value, args: Args) -> PyResult<Value> {
    check_args(vm, "bytearray.extend", &args, 1, 1)?;
    let add = bytes_from_iterable(vm, &args.pos()[0])?;
    let ba = storage(v)?;
    ba.check_resize(vm)?;
    ba.borrow_mut().extend_from_slice(&add);
    Ok(Value::None)
}

fn insert(vm: &mut Vm, v: &Value, args: Args) -> PyResult<Value> {
    check_args(vm, "insert", &args, 2, 2)?;
    let at = ssize_arg(vm, &args.pos()[0])?;
    let b = byte_arg(vm, &args.pos()[1])?;
    let ba = storage(v)?;
    ba.check_resize(vm)?;
    let len = ba.borrow().len() as i64;
    let at = if at < 0 { (at + len).max(0) } else { at.min(len) };
    ba.borrow_mut().insert(at as usize, b);
    Ok(Value::None)
}

fn pop(vm: &mut Vm, v: &Value, args: Args) -> PyResult<Value> {
    check_args(vm, "pop", &args, 0, 1)?;
    let at = match args.pos().first() {
        Some(i) => ssize_arg(vm, i)?,
        None => -1,
    };
    let ba = storage(v)?;
    let len = ba.borrow().len() as i64;
    if len == 0 {
        return Err(vm.index_error("pop from empty bytearray".into()));
    }
    let at = if at < 0 { at + len } else { at };
    if !(0..len).contains(&at) {
        return Err(vm.index_error("pop index out of range".into()));
    }
    ba.check_resize(vm)?;
    Ok(Value::Int(ba.borrow_mut().remove(at as usize) as i64))
}

fn remove(vm: &mut Vm, v: &Value, args: Args) -> PyResult<Value> {
    check_args(vm, "bytearray.remove", &args, 1, 1)?;
    let b = byte_arg(vm, &args.pos()[0])?;
    let ba = storage(v)?;
    let Some(at) = ba.borrow().iter().position(|x| *x == b) else {
        return Err(vm.value_error("value not found in bytearray".into()));
    };
    ba.check_resize(vm)?;
    ba.borrow_mut().remove(at);
    Ok(Value::None)
}

fn clear(vm: &mut Vm, v: &Value, args: Args) -> PyResult<Value> {
    check_args(vm, "bytearray.clear", &args, 0, 0)?;
    let ba = storage(v)?;
    ba.check_resize(vm)?;
    ba.borrow_mut().clear();
    Ok(Value::None)
}

fn copy(vm: &mut Vm, v: &Value, args: Args) -> PyResult<Value> {
    check_args(vm, "bytearray.copy", &args, 0, 0)?;
    Ok(new_bytearray(data(v)))
}

fn reverse(vm: &mut Vm, v: &Value, args: Args) -> PyResult<Value> {
    check_args(vm, "bytearray.reverse", &args, 0, 0)?;
    storage(v)?.borrow_mut().reverse();
    Ok(Value::None)
}

fn alloc(vm: &mut Vm, v: &Value, args: Args) -> PyResult<Value> {
    check_args(vm, "bytearray.__alloc__", &args, 0, 0)?;
    let ba = storage(v)?.borrow();
    Ok(Value::Int(if ba.is_empty() { 0 } else { ba.capacity().max(ba.len() + 1) as i64 }))
}

// ---------------------------------------------------------------------------------------------
// Constructors

/// `bytes(source=b'', encoding=…, errors=…)` and `bytearray(…)`: the new object's bytes.
pub fn construct(vm: &mut Vm, args: &Args, name: &str) -> PyResult<Vec<u8>> {
    let got = clinic_args(vm, name, args, &["source", "encoding", "errors"])?;
    let (source, encoding, errors) = (got[0], got[1], got[2]);
    let Some(source) = source else {
        if encoding.is_some() {
            return Err(vm.type_error("encoding without a string argument".into()));
        }
        if errors.is_some() {
            return Err(vm.type_error("errors without a string argument".into()));
        }
        return Ok(Vec::new());
    };
    if let Value::Str(text) = source {
        let Some(encoding) = encoding else {
            return Err(vm.type_error("string argument without an encoding".into()));
        };
        return encode_with(vm, text.as_str(), encoding, errors, name);
    }
    if encoding.is_some() {
        return Err(vm.type_error("encoding without a string argument".into()));
    }
    if errors.is_some() {
        return Err(vm.type_error("errors without a string argument".into()));
    }
    if name == "bytes"
        && crate::object::dunder::is_user(source)
        && let Some(b) = crate::object::class::call_special(vm, source, "__bytes__", &[])?
    {
        return match &b {
            Value::Object(o) if matches!(&**o, Object::Bytes(_)) => Ok(data(&b)),
            _ => Err(vm.type_error(format!("__bytes__ returned non-bytes (type {})", type_name(vm, &b)))),
        };
    }
    if let Some(b) = buffer::read(source) {
        return Ok(b);
    }
    if is_int(vm, source) {
        let n = protocol::to_bigint(vm, source)?;
        let Some(n) = n.to_i64() else {
            return Err(vm.overflow_error("cannot fit 'int' into an index-sized integer".into()));
        };
        if n < 0 {
            return Err(vm.value_error("negative count".into()));
        }
        let mut out = Vec::new();
        reserve(vm, &mut out, n as usize)?;
        out.resize(n as usize, 0);
        return Ok(out);
    }
    let Ok(it) = protocol::iter(vm, source) else {
        return Err(vm.type_error(format!("cannot convert '{}' object to {name}", type_name(vm, source))));
    };
    let mut out = Vec::new();
    while let Some(item) = protocol::next(vm, &it)? {
        if !is_int(vm, &item) {
            return Err(vm.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                type_name(vm, &item)
            )));
        }
        let n = protocol::to_bigint(vm, &item)?;
        match n.to_u8() {
            Some(b) => out.push(b),
            None if name == "bytes" => return Err(vm.value_error("bytes must be in range(0, 256)".into())),
            None => return Err(vm.value_error("byte must be in range(0, 256)".into())),
        }
    }
    Ok(out)
}

/// Encodes `text` as `str.encode` would, with the encoding and handler given as values.
fn encode_with(
    vm: &mut Vm,
    text: &str,
    encoding: &Value,
    errors: Option<&Value>,
    func: &str,
) -> PyResult<Vec<u8>> {
    let text_arg =
        |vm: &mut Vm, v: &Value, what: &str| match v {
            Value::Str(t) => Ok(t.as_str().to_string()),
            other => Err(vm
                .type_error(format!("{func}() argument '{what}' must be str, not {}", type_name(vm, other)))),
        };
    let encoding = text_arg(vm, encoding, "encoding")?;
    let errors = match errors {
        Some(e) => text_arg(vm, e, "errors")?,
        None => "strict".to_string(),
    };
    let Some(enc) = codec::Encoding::lookup(&encoding) else {
        let t = vm.types.lookup_error.clone();
        return Err(vm.new_error(&t, format!("unknown encoding: {encoding}")));
    };
    let handler = codec::Errors::lookup(&errors);
    match codec::encode(text, enc, handler.unwrap_or(codec::Errors::Strict)) {
        Ok(b) => Ok(b),
        Err(_) if handler.is_none() => {
            let t = vm.types.lookup_error.clone();
            Err(vm.new_error(&t, format!("unknown error handler name '{errors}'")))
        }
        Err(e) => Err(crate::modules::io::codec_error(vm, e)),
    }
}
