//! `_struct`: packing values into bytes and back by a format string (`<hhl`, `!I`, `10s`, …),
//! with CPython's sizes, native alignment and error messages. `struct.py` adds the `Struct`
//! class on top.

use num_bigint::BigInt;

use crate::interp::{PyResult, Vm};
use crate::object::dict::Dict;
use crate::object::exception::PyErr;
use crate::object::function::Args;
use crate::object::int::IntRef;
use crate::object::misc::Object;
use crate::object::protocol;
use crate::object::value::Value;

pub fn init(vm: &mut Vm, dict: &Dict) -> PyResult<()> {
    super::add_error_class(vm, dict, "struct")?;
    super::add_functions(
        dict,
        "_struct",
        &[
            ("pack", pack),
            ("unpack", unpack),
            ("unpack_from", unpack_from),
            ("calcsize", calcsize),
            ("iter_unpack", iter_unpack),
        ],
    );
    Ok(())
}

/// One item of a format: its code, repeat count, size and alignment.
#[derive(Clone, Copy)]
struct Item {
    code: char,
    count: usize,
    size: usize,
    align: usize,
}

struct Format {
    little: bool,
    /// `@` (or no prefix): native sizes and alignment.
    native: bool,
    items: Vec<Item>,
    /// Total size in bytes, padding included.
    size: usize,
}

/// `struct.error(message)`.
fn error(vm: &mut Vm, message: String) -> PyErr {
    super::module_error(vm, "_struct", message)
}

/// Sizes of the codes: standard (`<`, `>`, `!`, `=`) or native (`@`).
fn size_of(code: char, native: bool) -> Option<usize> {
    Some(match code {
        'x' | 'c' | 'b' | 'B' | '?' | 's' | 'p' => 1,
        'h' | 'H' | 'e' => 2,
        'i' | 'I' | 'f' => 4,
        'l' | 'L' => {
            if native {
                8
            } else {
                4
            }
        }
        'q' | 'Q' | 'd' => 8,
        'n' | 'N' | 'P' if native => 8,
        _ => return None,
    })
}

fn parse(vm: &mut Vm, fmt: &Value) -> PyResult<Format> {
    let text = match fmt {
        Value::Str(s) => s.as_str().to_string(),
        Value::Object(o) if matches!(&**o, Object::Bytes(_)) => {
            String::from_utf8_lossy(&protocol::bytes_like(fmt)).into_owned()
        }
        other => {
            let typ = protocol::type_name(vm, other);
            return Err(
                vm.type_error(format!("Struct() argument 1 must be a str or bytes object, not {typ}"))
            );
        }
    };
    let mut chars = text.chars().peekable();
    let (native, little) = match chars.peek() {
        Some('@') => (true, cfg!(target_endian = "little")),
        Some('=') => (false, cfg!(target_endian = "little")),
        Some('<') => (false, true),
        Some('>') | Some('!') => (false, false),
        _ => (true, cfg!(target_endian = "little")),
    };
    if matches!(chars.peek(), Some('@' | '=' | '<' | '>' | '!')) {
        chars.next();
    }
    let mut items = Vec::new();
    let mut size = 0usize;
    while let Some(c) = chars.next() {
        if c.is_whitespace() {
            continue;
        }
        let mut count = None;
        let mut code = c;
        if c.is_ascii_digit() {
            let mut n: usize = c.to_digit(10).unwrap_or(0) as usize;
            loop {
                match chars.next() {
                    Some(d) if d.is_ascii_digit() => {
                        n = n
                            .checked_mul(10)
                            .and_then(|n| n.checked_add(d.to_digit(10).unwrap_or(0) as usize))
                            .ok_or_else(|| error(vm, "total struct size too long".into()))?;
                    }
                    Some(other) => {
                        code = other;
                        break;
                    }
                    None => return Err(error(vm, "repeat count given without format specifier".into())),
                }
            }
            count = Some(n);
        }
        let Some(item_size) = size_of(code, native) else {
            return Err(error(vm, "bad char in struct format".into()));
        };
        let count = count.unwrap_or(1);
        let align =
            if native && !matches!(code, 's' | 'p' | 'x' | 'c' | 'b' | 'B' | '?') { item_size } else { 1 };
        if align > 1 {
            size = size.div_ceil(align) * align;
        }
        let bytes = if matches!(code, 's' | 'p') { count } else { item_size * count };
        size = size.checked_add(bytes).ok_or_else(|| error(vm, "total struct size too long".into()))?;
        items.push(Item { code, count, size: item_size, align });
    }
    Ok(Format { little, native, items, size })
}

/// How many values the format packs or unpacks.
fn value_count(f: &Format) -> usize {
    f.items
        .iter()
        .map(|i| match i.code {
            'x' => 0,
            's' | 'p' => 1,
            _ => i.count,
        })
        .sum()
}

fn calcsize(vm: &mut Vm, args: Args) -> PyResult<Value> {
    protocol::check_args(vm, "calcsize", &args, 1, 1)?;
    Ok(Value::Int(parse(vm, &args.pos()[0])?.size as i64))
}

/// The integer range a code of `size` bytes can hold (lowercase codes are signed).
fn int_range(code: char, size: usize) -> (BigInt, BigInt) {
    let bits = size * 8;
    if code.is_ascii_lowercase() {
        (-(BigInt::from(1) << (bits - 1)), (BigInt::from(1) << (bits - 1)) - 1)
    } else {
        (BigInt::from(0), (BigInt::from(1) << bits) - 1)
    }
}

fn pack_int(vm: &mut Vm, v: &Value, item: &Item, format: &Format, out: &mut Vec<u8>) -> PyResult<()> {
    let (little, native) = (format.little, format.native);
    let n = match IntRef::of(v) {
        Some(i) => i.to_big(),
        None => {
            if crate::object::dunder::is_user(v)
                && let Some(r) = crate::object::class::call_special(vm, v, "__index__", &[])?
                && let Some(i) = IntRef::of(&r)
            {
                i.to_big()
            } else {
                return Err(error(vm, "required argument is not an integer".into()));
            }
        }
    };
    let (lo, hi) = int_range(item.code, item.size);
    if n < lo || n > hi {
        // Native byte and short codes have words for names; the rest quote the code.
        let message = match (item.code, native) {
            ('b', true) => format!("byte format requires {lo} <= number <= {hi}"),
            ('B', true) => format!("ubyte format requires {lo} <= number <= {hi}"),
            ('h', true) => format!("short format requires {lo} <= number <= {hi}"),
            ('H', true) => format!("ushort format requires {lo} <= number <= {hi}"),
            (c, _) => format!("'{c}' format requires {lo} <= number <= {hi}"),
        };
        return Err(error(vm, message));
    }
    let mut bytes = n.to_signed_bytes_le();
    let fill = if n < BigInt::from(0) { 0xff } else { 0 };
    bytes.resize(item.size, fill);
    if !little {
        bytes.reverse();
    }
    out.extend_from_slice(&bytes);
    Ok(())
}

fn pack_float(vm: &mut Vm, v: &Value, item: &Item, little: bool, out: &mut Vec<u8>) -> PyResult<()> {
    let f = match v {
        Value::Float(_) | Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => protocol::to_f64(vm, v)?,
        _ if crate::object::dunder::is_user(v) => protocol::to_f64(vm, v)?,
        _ => return Err(error(vm, "required argument is not a float".into())),
    };
    let mut bytes = match item.size {
        4 => {
            let narrow = f as f32;
            if narrow.is_infinite() && f.is_finite() {
                return Err(vm.overflow_error("float too large to pack with f format".into()));
            }
            narrow.to_le_bytes().to_vec()
        }
        2 => half_bits(vm, f)?.to_le_bytes().to_vec(),
        _ => f.to_le_bytes().to_vec(),
    };
    if !little {
        bytes.reverse();
    }
    out.extend_from_slice(&bytes);
    Ok(())
}

/// IEEE 754 half precision, rounded to nearest even.
fn half_bits(vm: &mut Vm, f: f64) -> PyResult<u16> {
    let sign: u16 = if f.is_sign_negative() { 0x8000 } else { 0 };
    if f.is_nan() {
        return Ok(sign | 0x7e00);
    }
    let a = f.abs();
    if a.is_infinite() {
        return Ok(sign | 0x7c00);
    }
    if a >= 65520.0 {
        return Err(vm.overflow_error("float too large to pack with e format".into()));
    }
    // Scale into units of the smallest subnormal (2**-24), round half to even.
    if a < 2f64.powi(-14) {
        let units = a * 2f64.powi(24);
        let r = units.round_ties_even() as u16;
        return Ok(sign | r);
    }
    let e = a.log2().floor() as i32;
    let e = if 2f64.powi(e) > a { e - 1 } else { e };
    let mant = a / 2f64.powi(e) - 1.0;
    let m = (mant * 1024.0).round_ties_even() as u32;
    let (e, m) = if m == 1024 { (e + 1, 0) } else { (e, m) };
    if e + 15 >= 31 {
        return Err(vm.overflow_error("float too large to pack with e format".into()));
    }
    Ok(sign | (((e + 15) as u16) << 10) | m as u16)
}

fn half_value(bits: u16) -> f64 {
    let sign = if bits & 0x8000 != 0 { -1.0 } else { 1.0 };
    let e = ((bits >> 10) & 0x1f) as i32;
    let m = (bits & 0x3ff) as f64;
    sign * match e {
        0 => m * 2f64.powi(-24),
        31 => {
            if m == 0.0 {
                f64::INFINITY
            } else {
                f64::NAN
            }
        }
        _ => (1.0 + m / 1024.0) * 2f64.powi(e - 15),
    }
}

fn pack(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(fmt) = args.pos().first() else {
        return Err(vm.type_error("pack expected at least 1 argument, got 0".into()));
    };
    let format = parse(vm, fmt)?;
    let values = &args.pos()[1..];
    let wanted = value_count(&format);
    if values.len() != wanted {
        return Err(error(vm, format!("pack expected {wanted} items for packing (got {})", values.len())));
    }
    let mut out = Vec::with_capacity(format.size);
    let mut next = values.iter();
    for item in &format.items {
        if item.align > 1 {
            while !out.len().is_multiple_of(item.align) {
                out.push(0);
            }
        }
        match item.code {
            'x' => out.resize(out.len() + item.count, 0),
            's' | 'p' => {
                let v = next.next().cloned().unwrap_or(Value::None);
                let data = match &v {
                    Value::Object(o) if matches!(&**o, Object::Bytes(_) | Object::ByteArray(_)) => {
                        protocol::bytes_like(&v)
                    }
                    _ => {
                        return Err(error(
                            vm,
                            format!("argument for '{}' must be a bytes object", item.code),
                        ));
                    }
                };
                let mut field = vec![0u8; item.count];
                if item.code == 'p' {
                    if item.count > 0 {
                        let n = data.len().min(item.count - 1).min(255);
                        field[0] = n as u8;
                        field[1..1 + n].copy_from_slice(&data[..n]);
                    }
                } else {
                    let n = data.len().min(item.count);
                    field[..n].copy_from_slice(&data[..n]);
                }
                out.extend_from_slice(&field);
            }
            _ => {
                for _ in 0..item.count {
                    let v = next.next().cloned().unwrap_or(Value::None);
                    pack_one(vm, &v, item, &format, &mut out)?;
                }
            }
        }
    }
    Ok(Value::object(Object::Bytes(out.into_boxed_slice())))
}

fn pack_one(vm: &mut Vm, v: &Value, item: &Item, format: &Format, out: &mut Vec<u8>) -> PyResult<()> {
    match item.code {
        'c' => match v {
            Value::Object(o) if matches!(&**o, Object::Bytes(b) if b.len() == 1) => {
                out.extend_from_slice(&protocol::bytes_like(v));
                Ok(())
            }
            _ => Err(error(vm, "char format requires a bytes object of length 1".into())),
        },
        '?' => {
            let b = protocol::truthy(vm, v)?;
            out.push(b as u8);
            Ok(())
        }
        'e' | 'f' | 'd' => pack_float(vm, v, item, format.little, out),
        _ => pack_int(vm, v, item, format, out),
    }
}

fn unpack_at(format: &Format, data: &[u8]) -> Value {
    let mut values = Vec::new();
    let mut at = 0usize;
    for item in &format.items {
        if item.align > 1 {
            at = at.div_ceil(item.align) * item.align;
        }
        match item.code {
            'x' => at += item.count,
            's' => {
                values.push(Value::object(Object::Bytes(data[at..at + item.count].into())));
                at += item.count;
            }
            'p' => {
                let n = if item.count > 0 { (data[at] as usize).min(item.count - 1) } else { 0 };
                values.push(Value::object(Object::Bytes(data[at + 1..at + 1 + n].into())));
                at += item.count;
            }
            code => {
                for _ in 0..item.count {
                    let mut bytes = data[at..at + item.size].to_vec();
                    at += item.size;
                    if !format.little {
                        bytes.reverse();
                    }
                    values.push(match code {
                        'c' => Value::object(Object::Bytes(bytes.into_boxed_slice())),
                        '?' => Value::Bool(bytes[0] != 0),
                        'e' => Value::Float(half_value(u16::from_le_bytes([bytes[0], bytes[1]]))),
                        'f' => {
                            Value::Float(f32::from_le_bytes([bytes[0], bytes[1], bytes[2], bytes[3]]) as f64)
                        }
                        'd' => {
                            let mut b = [0u8; 8];
                            b.copy_from_slice(&bytes);
                            Value::Float(f64::from_le_bytes(b))
                        }
                        c if c.is_ascii_lowercase() => {
                            Value::from_bigint(BigInt::from_signed_bytes_le(&bytes))
                        }
                        _ => Value::from_bigint(BigInt::from_bytes_le(num_bigint::Sign::Plus, &bytes)),
                    });
                }
            }
        }
    }
    Value::tuple(values)
}

fn buffer(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    match crate::object::buffer::read(v) {
        Some(data) => Ok(data),
        None => {
            let typ = protocol::type_name(vm, v);
            Err(vm.type_error(format!("a bytes-like object is required, not '{typ}'")))
        }
    }
}

fn unpack(vm: &mut Vm, args: Args) -> PyResult<Value> {
    protocol::check_args(vm, "unpack", &args, 2, 2)?;
    let format = parse(vm, &args.pos()[0])?;
    let data = buffer(vm, &args.pos()[1])?;
    if data.len() != format.size {
        return Err(error(vm, format!("unpack requires a buffer of {} bytes", format.size)));
    }
    Ok(unpack_at(&format, &data))
}

fn unpack_from(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = args.pos();
    if pos.len() < 2 {
        return Err(vm.type_error("unpack_from() missing required argument 'buffer' (pos 2)".into()));
    }
    let format = parse(vm, &pos[0])?;
    let data = buffer(vm, &pos[1])?;
    let offset = match pos.get(2).or(args.kwarg("offset")) {
        Some(v) => protocol::to_i64(vm, v)?,
        None => 0,
    };
    let offset = if offset < 0 { data.len() as i64 + offset } else { offset };
    if offset < 0 || (offset as usize).saturating_add(format.size) > data.len() {
        return Err(error(
            vm,
            format!(
                "unpack_from requires a buffer of at least {} bytes for unpacking {} bytes at offset {} (actual buffer size is {})",
                offset.max(0) as usize + format.size,
                format.size,
                offset,
                data.len()
            ),
        ));
    }
    let start = offset as usize;
    Ok(unpack_at(&format, &data[start..start + format.size]))
}

fn iter_unpack(vm: &mut Vm, args: Args) -> PyResult<Value> {
    protocol::check_args(vm, "iter_unpack", &args, 2, 2)?;
    let format = parse(vm, &args.pos()[0])?;
    let data = buffer(vm, &args.pos()[1])?;
    if format.size == 0 {
        return Err(error(vm, "cannot iteratively unpack with a struct of length 0".into()));
    }
    if !data.len().is_multiple_of(format.size) {
        return Err(error(
            vm,
            format!("iterative unpacking requires a buffer of a multiple of {} bytes", format.size),
        ));
    }
    let mut out = Vec::new();
    for chunk in data.chunks(format.size) {
        out.push(unpack_at(&format, chunk));
    }
    protocol::iter(vm, &Value::list(out))
}
