//! `marshal` (after `Python/marshal.c`): `loads` reads with the `.pyc` loader's reader
//! (`loader/marshal.rs`), `dumps` writes format 4 without references, for the values a
//! constant can be (no code objects yet). `importlib._bootstrap_external` imports it, and the
//! compiler process reads `ast` trees written by `dumps` (`interp/ast_tree.rs`).

use num_bigint::{BigInt, Sign};

use crate::interp::{PyResult, Vm};
use crate::object::dict::Dict;
use crate::object::function::Args;
use crate::object::misc::Object;
use crate::object::protocol::check_args;
use crate::object::value::Value;

/// Deeper nesting than this is refused rather than risk the Rust stack (CPython's limit is
/// also 2000).
const MAX_DEPTH: usize = 2000;

pub fn init(_vm: &mut Vm, dict: &Dict) -> PyResult<()> {
    dict.set_str("version", Value::Int(4));
    super::add_functions(dict, "marshal", &[("loads", loads), ("dumps", dumps_builtin)]);
    Ok(())
}

/// Why a value was not written.
pub enum Refused {
    /// A value of a type marshal does not write (here: also code objects).
    Unmarshallable(Value),
    /// Nested deeper than `MAX_DEPTH`.
    TooDeep,
}

/// `loads(bytes, /)`: the first object in the data.
fn loads(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "loads", &args, 1, 1)?;
    let data = match &args.pos()[0] {
        Value::Object(o) if let Object::Bytes(b) = &**o => b.to_vec(),
        Value::Object(o) if let Object::ByteArray(b) = &**o => b.borrow().clone(),
        other => {
            let t = crate::object::protocol::type_name(vm, other);
            return Err(vm.type_error(format!("a bytes-like object is required, not '{t}'")));
        }
    };
    match crate::loader::marshal::read_object(&data, 0) {
        Ok(constant) => Ok(crate::interp::code::constant_value(&constant)),
        Err(_) if data.is_empty() => {
            let typ = vm.types.eof_error.clone();
            Err(vm.new_error(&typ, "EOF read where object expected".into()))
        }
        Err(_) => Err(vm.value_error("bad marshal data".into())),
    }
}

/// `dumps(value, version=4, /)`.
fn dumps_builtin(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "dumps", &args, 1, 2)?;
    match dumps(&args.pos()[0]) {
        Ok(bytes) => Ok(Value::object(Object::Bytes(bytes.into_boxed_slice()))),
        Err(Refused::Unmarshallable(_)) => Err(vm.value_error("unmarshallable object".into())),
        Err(Refused::TooDeep) => Err(vm.value_error("object too deeply nested to marshal".into())),
    }
}

/// `value` in marshal's format.
pub fn dumps(value: &Value) -> Result<Vec<u8>, Refused> {
    let mut out = Vec::new();
    write_value(value, &mut out, 0)?;
    Ok(out)
}

fn write_value(value: &Value, out: &mut Vec<u8>, depth: usize) -> Result<(), Refused> {
    if depth > MAX_DEPTH {
        return Err(Refused::TooDeep);
    }
    match value {
        Value::None => out.push(b'N'),
        Value::Bool(false) => out.push(b'F'),
        Value::Bool(true) => out.push(b'T'),
        Value::Ellipsis => out.push(b'.'),
        Value::Int(i) => match i32::try_from(*i) {
            Ok(small) => {
                out.push(b'i');
                out.extend_from_slice(&small.to_le_bytes());
            }
            Err(_) => write_long(&BigInt::from(*i), out),
        },
        Value::BigInt(b) => write_long(b, out),
        Value::Float(f) => {
            out.push(b'g');
            out.extend_from_slice(&f.to_le_bytes());
        }
        Value::Str(s) => write_sized(b'u', s.as_str().as_bytes(), out),
        Value::Tuple(t) => write_items(b'(', t.items(), out, depth)?,
        Value::List(l) => write_items(b'[', &l.to_vec(), out, depth)?,
        Value::Set(s) => write_items(if s.frozen { b'>' } else { b'<' }, &s.items(), out, depth)?,
        Value::Dict(d) => {
            out.push(b'{');
            for (k, v) in d.items() {
                write_value(&k, out, depth + 1)?;
                write_value(&v, out, depth + 1)?;
            }
            out.push(b'0');
        }
        Value::Object(o) => match &**o {
            Object::Bytes(b) => write_sized(b's', b, out),
            Object::Complex { re, im } => {
                out.push(b'y');
                out.extend_from_slice(&re.to_le_bytes());
                out.extend_from_slice(&im.to_le_bytes());
            }
            _ => return Err(Refused::Unmarshallable(value.clone())),
        },
        _ => return Err(Refused::Unmarshallable(value.clone())),
    }
    Ok(())
}

fn write_sized(tag: u8, bytes: &[u8], out: &mut Vec<u8>) {
    out.push(tag);
    out.extend_from_slice(&(bytes.len() as u32).to_le_bytes());
    out.extend_from_slice(bytes);
}

fn write_items(tag: u8, items: &[Value], out: &mut Vec<u8>, depth: usize) -> Result<(), Refused> {
    out.push(tag);
    out.extend_from_slice(&(items.len() as u32).to_le_bytes());
    for item in items {
        write_value(item, out, depth + 1)?;
    }
    Ok(())
}

/// marshal's `long`: the digit count (negative for a negative number), then base-2**15 digits,
/// least significant first.
fn write_long(n: &BigInt, out: &mut Vec<u8>) {
    let (sign, words) = n.to_u32_digits();
    let digits = fifteen_bit_digits(&words);
    let count = digits.len() as i32;
    out.push(b'l');
    out.extend_from_slice(&(if sign == Sign::Minus { -count } else { count }).to_le_bytes());
    for digit in digits {
        out.extend_from_slice(&digit.to_le_bytes());
    }
}

/// Regroups 32-bit words (least significant first) into 15-bit digits, no leading zeros.
fn fifteen_bit_digits(words: &[u32]) -> Vec<u16> {
    let mut digits = Vec::new();
    let (mut acc, mut bits) = (0u64, 0u32);
    for &w in words {
        acc |= u64::from(w) << bits;
        bits += 32;
        while bits >= 15 {
            digits.push((acc & 0x7fff) as u16);
            acc >>= 15;
            bits -= 15;
        }
    }
    if bits > 0 {
        digits.push((acc & 0x7fff) as u16);
    }
    while digits.last() == Some(&0) {
        digits.pop();
    }
    digits
}
