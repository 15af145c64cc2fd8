//! `array`: compact arrays of numbers (after CPython's `Modules/arraymodule.c`). The elements
//! live here, natively, as a byte vector with its typecode (`ArrayData`); the `array` class
//! itself is Python (`python/array_types.py`) over the primitives below, as zlib's streams
//! are. The buffer layer (`object/buffer.rs`) reaches the bytes through `data_of`, so
//! memoryview and bytes see an array as CPython's buffer protocol shows it.

use num_traits::ToPrimitive;

use super::native_util::{self as util, bytes, new_state, with_state};
use crate::interp::{PyResult, Vm};
use crate::object::dict::Dict;
use crate::object::function::Args;
use crate::object::int::IntRef;
use crate::object::misc::Object;
use crate::object::protocol::{self, type_name};
use crate::object::str::PyStr;
use crate::object::value::Value;

static TYPES: &[u8] = include_bytes!("python/array_types.pyc");

/// The typecodes of CPython 3.12 (`w` came in 3.13).
pub const TYPECODES: &str = "bBuhHiIlLqQfd";

/// The elements of one array: native-endian items of the typecode's size, and how many
/// memoryviews export them (the array may not change size while any does).
pub struct ArrayData {
    pub code: u8,
    pub data: Vec<u8>,
    pub exports: usize,
}

pub fn init(vm: &mut Vm, dict: &Dict) -> PyResult<()> {
    super::add_functions(
        dict,
        "array",
        &[
            ("_new", new),
            ("_typecode", typecode),
            ("_itemsize", itemsize_of),
            ("_len", len),
            ("_get", get),
            ("_set", set),
            ("_pack", pack),
            ("_tolist", tolist),
            ("_tobytes", tobytes),
            ("_replace", replace),
            ("_append_bytes", append_bytes),
            ("_byteswap", byteswap),
            ("_tounicode", tounicode),
        ],
    );
    dict.set_str("typecodes", Value::str(TYPECODES));
    util::run_python_half(vm, dict, "array", TYPES)
}

/// Bytes per item of a typecode (C's sizes on 64-bit Linux: `wchar_t` is 4, `long` 8).
pub fn itemsize(code: u8) -> usize {
    match code {
        b'b' | b'B' => 1,
        b'h' | b'H' => 2,
        b'u' | b'i' | b'I' | b'f' => 4,
        _ => 8,
    }
}

/// The struct format a memoryview of an array shows (`u` is shown as `w`, as in CPython).
pub fn view_format(code: u8) -> u8 {
    if code == b'u' { b'w' } else { code }
}

/// The bytes and typecode of an `array.array` instance, for the buffer layer.
pub fn data_of(v: &Value) -> Option<(u8, Vec<u8>)> {
    with_data(v, |a| (a.code, a.data.clone()))
}

/// Runs `f` on the elements of an `array.array` instance (`None` for other values).
pub fn with_data<R>(v: &Value, f: impl FnOnce(&mut ArrayData) -> R) -> Option<R> {
    let Value::Instance(i) = v else { return None };
    let Value::Object(o) = i.get(&PyStr::new("_a"))? else { return None };
    let Object::State(st) = &*o else { return None };
    if st.kind != "array" {
        return None;
    }
    let mut cell = st.cell.try_borrow_mut().ok()?;
    cell.downcast_mut::<ArrayData>().map(f)
}

fn arg(args: &Args, i: usize) -> Value {
    args.pos().get(i).cloned().unwrap_or(Value::None)
}

fn state<R>(vm: &mut Vm, args: &Args, f: impl FnOnce(&mut ArrayData) -> R) -> PyResult<R> {
    with_state::<ArrayData, R>(vm, &arg(args, 0), f)
}

/// `_new(typecode)`: empty storage, after CPython's checks of the typecode argument.
fn new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let code = arg(&args, 0);
    let c = match &code {
        Value::Str(s) if s.as_str().chars().count() == 1 => s.as_str().chars().next().unwrap_or(' '),
        other => {
            let t = type_name(vm, other);
            return Err(vm.type_error(format!("array() argument 1 must be a unicode character, not {t}")));
        }
    };
    if !c.is_ascii() || !TYPECODES.contains(c) {
        return Err(vm.value_error("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)".into()));
    }
    Ok(new_state("array", ArrayData { code: c as u8, data: Vec::new(), exports: 0 }))
}

fn typecode(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let c = state(vm, &args, |a| a.code)?;
    Ok(Value::str(&(c as char).to_string()))
}

fn itemsize_of(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let c = state(vm, &args, |a| a.code)?;
    Ok(Value::Int(itemsize(c) as i64))
}

fn len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let n = state(vm, &args, |a| a.data.len() / itemsize(a.code))?;
    Ok(Value::Int(n as i64))
}

/// The index `i` (negative from the end) within `n` items, or IndexError `message`.
fn position(vm: &mut Vm, i: &Value, n: usize, message: &str) -> PyResult<usize> {
    let i = util::int(vm, i)?;
    let at = if i < 0 { i + n as i64 } else { i };
    if at < 0 || at >= n as i64 {
        return Err(vm.index_error(message.into()));
    }
    Ok(at as usize)
}

/// `_get(state, i)`: item `i`.
fn get(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (code, n) = state(vm, &args, |a| (a.code, a.data.len() / itemsize(a.code)))?;
    let k = position(vm, &arg(&args, 1), n, "array index out of range")?;
    let size = itemsize(code);
    let item = state(vm, &args, |a| a.data.get(k * size..(k + 1) * size).map(|b| decode(code, b)))?;
    Ok(item.unwrap_or(Value::None))
}

/// `_set(state, i, value)`: stores item `i`.
fn set(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (code, n) = state(vm, &args, |a| (a.code, a.data.len() / itemsize(a.code)))?;
    let k = position(vm, &arg(&args, 1), n, "array assignment index out of range")?;
    let item = encode(vm, code, &arg(&args, 2))?;
    let size = itemsize(code);
    state(vm, &args, |a| {
        if let Some(slot) = a.data.get_mut(k * size..(k + 1) * size) {
            slot.copy_from_slice(&item);
        }
    })?;
    Ok(Value::None)
}

/// `_pack(state, items)`: the bytes of a list of items under the array's typecode, or the
/// error of the first item that does not fit.
fn pack(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let code = state(vm, &args, |a| a.code)?;
    let items = match &arg(&args, 1) {
        Value::List(l) => l.borrow().clone(),
        other => protocol::collect(vm, other)?,
    };
    let mut out = util::reserve(vm, items.len().saturating_mul(itemsize(code)))?;
    for item in &items {
        out.extend_from_slice(&encode(vm, code, item)?);
    }
    Ok(bytes(out))
}

fn tolist(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (code, data) = state(vm, &args, |a| (a.code, a.data.clone()))?;
    Ok(Value::list(data.chunks_exact(itemsize(code)).map(|c| decode(code, c)).collect()))
}

fn tobytes(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(bytes(state(vm, &args, |a| a.data.clone())?))
}

/// `_replace(state, data)`: the array's bytes become `data` (a whole number of items).
fn replace(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let data = util::buffer(vm, &arg(&args, 1))?;
    let exported = state(vm, &args, |a| a.exports > 0 && a.data.len() != data.len())?;
    if exported {
        return Err(resize_error(vm));
    }
    state(vm, &args, |a| a.data = data)?;
    Ok(Value::None)
}

/// `_append_bytes(state, data)`: `frombytes`, with CPython's check of the length.
fn append_bytes(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let data = util::buffer(vm, &arg(&args, 1))?;
    let (code, exported) = state(vm, &args, |a| (a.code, a.exports > 0))?;
    if !data.len().is_multiple_of(itemsize(code)) {
        return Err(vm.value_error("bytes length not a multiple of item size".into()));
    }
    if exported && !data.is_empty() {
        return Err(resize_error(vm));
    }
    let grown = state(vm, &args, |a| {
        a.data.try_reserve(data.len()).map(|_| a.data.extend_from_slice(&data)).is_ok()
    })?;
    if !grown {
        return Err(vm.memory_error());
    }
    Ok(Value::None)
}

/// CPython's BufferError for a size change while memoryviews export the array.
fn resize_error(vm: &mut Vm) -> crate::object::exception::PyErr {
    let typ = vm.types.buffer_error.clone();
    vm.new_error(&typ, "cannot resize an array that is exporting buffers".into())
}

fn byteswap(vm: &mut Vm, args: Args) -> PyResult<Value> {
    state(vm, &args, |a| {
        let size = itemsize(a.code);
        a.data.chunks_exact_mut(size).for_each(|c| c.reverse());
    })?;
    Ok(Value::None)
}

/// `_tounicode(state)`: the characters of a `u` array (lone surrogates kept as CPython keeps
/// them is beyond minivm's str; invalid code points become U+FFFD).
fn tounicode(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let data = state(vm, &args, |a| a.data.clone())?;
    let text: String = data
        .chunks_exact(4)
        .map(|c| char::from_u32(u32::from_ne_bytes([c[0], c[1], c[2], c[3]])).unwrap_or('\u{fffd}'))
        .collect();
    Ok(Value::str(&text))
}

/// The Python value of one item.
fn decode(code: u8, b: &[u8]) -> Value {
    let at = |n: usize| -> [u8; 8] {
        let mut out = [0u8; 8];
        out[..n].copy_from_slice(&b[..n.min(b.len())]);
        out
    };
    let w = at(b.len().min(8));
    match code {
        b'b' => Value::Int(w[0] as i8 as i64),
        b'B' => Value::Int(w[0] as i64),
        b'h' => Value::Int(i16::from_ne_bytes([w[0], w[1]]) as i64),
        b'H' => Value::Int(u16::from_ne_bytes([w[0], w[1]]) as i64),
        b'i' => Value::Int(i32::from_ne_bytes([w[0], w[1], w[2], w[3]]) as i64),
        b'I' => Value::Int(u32::from_ne_bytes([w[0], w[1], w[2], w[3]]) as i64),
        b'f' => Value::Float(f32::from_ne_bytes([w[0], w[1], w[2], w[3]]) as f64),
        b'u' => {
            let c = u32::from_ne_bytes([w[0], w[1], w[2], w[3]]);
            Value::str(&char::from_u32(c).unwrap_or('\u{fffd}').to_string())
        }
        b'd' => Value::Float(f64::from_ne_bytes(w)),
        b'L' | b'Q' => Value::from_bigint(u64::from_ne_bytes(w).into()),
        _ => Value::Int(i64::from_ne_bytes(w)),
    }
}

/// An integer item: `__index__`, refusing floats, as `"h;array item must be integer"` does.
/// `None` for an int too wide for 128 bits.
fn integer(vm: &mut Vm, v: &Value) -> PyResult<Option<i128>> {
    let v = match v {
        Value::Float(_) => {
            return Err(vm.type_error("'float' object cannot be interpreted as an integer".into()));
        }
        _ if IntRef::of(v).is_some() => v.clone(),
        _ => match crate::object::class::call_special(vm, v, "__index__", &[])? {
            Some(i) if IntRef::of(&i).is_some() => i,
            _ => {
                let t = type_name(vm, v);
                return Err(vm.type_error(format!("'{t}' object cannot be interpreted as an integer")));
            }
        },
    };
    Ok(match IntRef::of(&v) {
        Some(IntRef::Small(i)) => Some(i as i128),
        Some(IntRef::Big(b)) => b.to_i128(),
        None => None,
    })
}

/// The bytes of one item, with CPython's errors for values that do not fit.
pub fn encode(vm: &mut Vm, code: u8, v: &Value) -> PyResult<Vec<u8>> {
    match code {
        b'f' => return Ok((protocol::to_f64(vm, v)? as f32).to_ne_bytes().to_vec()),
        b'd' => return Ok(protocol::to_f64(vm, v)?.to_ne_bytes().to_vec()),
        b'u' => {
            return match v {
                Value::Str(s) if s.as_str().chars().count() == 1 => {
                    Ok((s.as_str().chars().next().unwrap_or(' ') as u32).to_ne_bytes().to_vec())
                }
                _ => Err(vm.type_error("array item must be unicode character".into())),
            };
        }
        _ => {}
    }
    let n = integer(vm, v)?;
    let c_long = "Python int too large to convert to C long";
    // (minimum, maximum, message below, message above) of each integer typecode.
    let (lo, hi, below, above): (i128, i128, &str, &str) = match code {
        b'b' => (-128, 127, "signed char is less than minimum", "signed char is greater than maximum"),
        b'B' => (
            0,
            255,
            "unsigned byte integer is less than minimum",
            "unsigned byte integer is greater than maximum",
        ),
        b'h' => (
            i16::MIN as i128,
            i16::MAX as i128,
            "signed short integer is less than minimum",
            "signed short integer is greater than maximum",
        ),
        b'H' => (
            0,
            u16::MAX as i128,
            "unsigned short is less than minimum",
            "unsigned short is greater than maximum",
        ),
        b'i' => (
            i32::MIN as i128,
            i32::MAX as i128,
            "signed integer is less than minimum",
            "signed integer is greater than maximum",
        ),
        b'I' => (
            0,
            u32::MAX as i128,
            "can't convert negative value to unsigned int",
            "unsigned int is greater than maximum",
        ),
        b'l' => (i64::MIN as i128, i64::MAX as i128, c_long, c_long),
        b'L' => (
            0,
            u64::MAX as i128,
            "can't convert negative value to unsigned int",
            "Python int too large to convert to C unsigned long",
        ),
        b'q' => (i64::MIN as i128, i64::MAX as i128, "int too big to convert", "int too big to convert"),
        _ => (0, u64::MAX as i128, "can't convert negative int to unsigned", "int too big to convert"),
    };
    // Ints wider than a C long fail in the conversion itself for the narrow codes.
    let narrow = matches!(code, b'b' | b'B' | b'h' | b'H' | b'i');
    let n = match n {
        Some(n) if narrow && (n < i64::MIN as i128 || n > i64::MAX as i128) => {
            return Err(vm.overflow_error(c_long.into()));
        }
        Some(n) if code == b'I' && n > u64::MAX as i128 => {
            return Err(vm.overflow_error("Python int too large to convert to C unsigned long".into()));
        }
        Some(n) => n,
        None => {
            let negative = match IntRef::of(v) {
                Some(i) => i.is_negative(),
                None => false,
            };
            let message = if narrow {
                c_long
            } else if negative {
                below
            } else if code == b'I' {
                "Python int too large to convert to C unsigned long"
            } else {
                above
            };
            return Err(vm.overflow_error(message.into()));
        }
    };
    if n < lo {
        return Err(vm.overflow_error(below.into()));
    }
    if n > hi {
        return Err(vm.overflow_error(above.into()));
    }
    // Casting truncates to the item's width in two's complement, as C's stores do.
    Ok(match itemsize(code) {
        1 => vec![n as u8],
        2 => (n as u16).to_ne_bytes().to_vec(),
        4 => (n as u32).to_ne_bytes().to_vec(),
        _ => (n as u64).to_ne_bytes().to_vec(),
    })
}
